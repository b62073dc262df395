// Material draws each diagram into a closed shadow root; open it so that the
// exporter can see whether the SVG is there. Changes nothing else.
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attach.call(this, { ...init, mode: "open" });
};
