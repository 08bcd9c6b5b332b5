{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "h70r4yY4Bl5pa4SAQFhDwtE+yOniu6xjMNcpCqvvgM5DHLqflPnDVy4h34FVgnLN8WDiVmCp+fy7Ztfz7dC4BA=="}
