{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Cnwc6UWAAjZYBLXm6vgfuI/WALfrwSd0jFxASbVic//iM1xjebKRyNODWHsRd7vQloPM8i7mdzO2MQKheknACQ=="}
