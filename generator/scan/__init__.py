"""The leak gate: every byte of every file, and every file name, under a staging tree is
searched for every sensitive value the input holds, in every form a page or feed could
carry it: as written, percent-encoded, entity-encoded or `\\u`-escaped (undone by the same
normaliser the redaction uses), base64, md5/sha1/sha256 hex, and masked forms that show
more than the policy allows (李明＊ for 李明明, an ID that shows a birth-date digit).

`scanner` holds the checks for one text, `lines` makes the views they search from pieces
memoised per distinct line (pages repeat their navigation; the views equal the whole-text
ones), `files` turns a file into the texts to check (compressed members, pagefind's search
index read as its words), `tree` walks a tree over a process pool. Findings carry the file, the record and the kind, never the value.
"""

from generator.scan.scanner import LeakScanner
from generator.scan.tree import check_tree, scan_tree

__all__ = ["LeakScanner", "check_tree", "scan_tree"]
