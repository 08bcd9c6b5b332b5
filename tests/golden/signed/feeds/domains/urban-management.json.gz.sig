{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QY6uFiOvBZ6UA8fhspRFaqSLD2or65rNBdyrGaZg0jdj9jM/mbZfL/eWUvl2dLpSE1iw5eSRkp1bqMkZCmb7Bg=="}
