{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "n8pHBfU8C0vz5jBeLRUuEwX0K8kU+XaTq57O+/Pw93HiGvbhc6laiwhTaiBscGcqeCOALpE/Q3qaLHkHCJjECw=="}
