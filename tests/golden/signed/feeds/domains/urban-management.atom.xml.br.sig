{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "hJmi+v1zK3qDXSBdjTTumHYv+SrWPovyImgfjBvPXq7McIERvPPVuUTvpo/JDcP0yEBlX9tnA2mcDhROGhyXBQ=="}
