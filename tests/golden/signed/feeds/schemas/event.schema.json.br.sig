{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "P7BwRv7FnBy+qT3j1azb9OExSiOyDXO6KjnmjrIebyrKF6OVHYduZPqKdd+SK7jXeNjbAx3Lty25bwr+GuFUBA=="}
