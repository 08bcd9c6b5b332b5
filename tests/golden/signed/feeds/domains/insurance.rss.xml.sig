{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zmIUgAea5eN4vSYHt6Id/ZkdT+I2MhfBsrxdmf1CvuQZzrkjR3GvLiOZm+BpISGAVQ0ceGJl/YWDZKnGUn6EDg=="}
