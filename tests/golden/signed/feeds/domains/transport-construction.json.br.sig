{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "JPiLjoQpllKxTa5OK4YU4nzmaOmuELkJDzoa1vATc3mJTJxu+HvjPx0A9ocZJwliHEjC876N0uLPlbdDb/lGCw=="}
