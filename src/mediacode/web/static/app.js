// Progressive enhancement only: every page works without this file.
// After a check, move the focus to the result so keyboard and screen-reader users land on it.
document.addEventListener("DOMContentLoaded", function () {
  var result = document.getElementById("result-title");
  if (result) { result.focus(); }
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) {
        window.setTimeout(function () { b.disabled = true; }, 0);
      });
    });
  });
});
