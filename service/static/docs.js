// Starts Swagger UI on the docs page (kept out of the page: it runs under a strict CSP).
(function () {
  "use strict";
  var node = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: node.getAttribute("data-spec"),
    domNode: node,
    deepLinking: true,
    displayOperationId: true,
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIStandalonePreset],
    layout: "StandaloneLayout",
    validatorUrl: null
  });
})();
