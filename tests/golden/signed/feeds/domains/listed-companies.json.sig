{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/wc9iYv9eMy0rXSg/YVl9EBKLU32Xr3+dKW48UMIztxcCVukCgMio5t+K6hkGSnjGBH9Awr8GfH8r+RNgsbdDw=="}
