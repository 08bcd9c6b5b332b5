"""Sources other than the dataset folder's files.

`sql.load_sql_dataset(url, rules)` reads the same contract as `generator.load.load_dataset`
from any database SQLAlchemy can reach, and returns the same `RawDataset` so that
`validate_dataset` checks it unchanged. The table contract is in `data/README-sql.md`.
"""
