// Viewer-request code for the CloudFront Function on the site's S3 behaviour. A path whose
// last segment has no file extension is a client-side route, so it is served index.html;
// a path with an extension (a hashed asset, config.json) goes to S3 as is, so a missing
// asset stays a 403/404 instead of turning into HTML. It is attached to the S3 behaviour
// only: distribution-wide error responses would also rewrite errors from other origins.

/** Source of the CloudFront Function (cloudfront-js-2.0 runtime: plain ES5.1-ish JavaScript). */
export const spaRewriteFunctionCode = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
`;
