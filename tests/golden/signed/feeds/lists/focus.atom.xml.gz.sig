{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "az33XJlVEqy9MvWsw5LUi4rVm7qvrcwZCWuGyuA6pePnhhRW3veQ43hF1iIbSbZJLoVpsvyLTAlH2gKVM6ZUBg=="}
