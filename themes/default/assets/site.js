// Gongshi default theme: the 大字版 link in every header. The choice is kept in localStorage; a
// line in each page's head applies it before the page is drawn. Without script the link leads to
// #large-type-on, which site.css turns into large type for that page (:target).
(function () {
  var link = document.getElementById("large-type");
  if (!link) return;
  var root = document.documentElement;
  function show() {
    var on = root.classList.contains("large");
    link.textContent = on ? "标准字号" : "大字版";
    link.setAttribute("aria-pressed", on ? "true" : "false");
  }
  link.setAttribute("role", "button");
  show();
  link.addEventListener("click", function (event) {
    event.preventDefault();
    var on = root.classList.toggle("large");
    try { localStorage.setItem("gongshi-large-type", on ? "1" : "0"); } catch (e) {}
    show();
  });
})();
