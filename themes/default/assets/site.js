// Gongshi default theme: the 大字版 link in every header. The choice is kept in localStorage; a
// line in each page's head applies it before the page is drawn. Without script the link leads to
// #large-type-on (the id of <html>), which site.css turns into large type for that page (:target).
(function () {
  var link = document.getElementById("large-type");
  if (!link) return;
  var root = document.documentElement;
  function remember(on) {
    try { localStorage.setItem("gongshi-large-type", on ? "1" : "0"); } catch (e) {}
  }
  function show() {
    var on = root.classList.contains("large");
    link.textContent = on ? "标准字号" : "大字版";
    link.setAttribute("aria-pressed", on ? "true" : "false");
  }
  function toggle(event) {
    event.preventDefault();
    remember(root.classList.toggle("large"));
    show();
  }
  // Opened at #large-type-on (clicked before this script ran, or a copied link): make it the
  // remembered choice and drop the anchor, so that the link can switch it off again.
  if (window.location.hash === "#large-type-on") {
    root.classList.add("large");
    remember(true);
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  link.setAttribute("role", "button");
  show();
  link.addEventListener("click", toggle);
  // A button is pressed with the space bar too (Enter already follows the link).
  link.addEventListener("keydown", function (event) {
    if (event.key === " " || event.key === "Spacebar") toggle(event);
  });
})();
