// The summary editor: each check problem is also shown beside the field it is about.
(function () {
  "use strict";
  function place() {
    document.querySelectorAll("[data-scrh-check-panel] [data-check-target]").forEach(function (item, n) {
      var input = document.getElementById(item.getAttribute("data-check-target"));
      if (!input) { return; }
      var field = input.closest(".w-field") || input.parentElement;
      var id = "scrh-check-" + n;
      if (document.getElementById(id)) { return; }
      var note = document.createElement("p");
      note.id = id;
      note.className = "scrh-check-beside scrh-check-beside--" + item.getAttribute("data-check-severity");
      var label = item.querySelector(".scrh-check__severity").textContent;
      var message = item.querySelector(".scrh-check__message").textContent;
      note.textContent = label + " (checks): " + message;
      field.appendChild(note);
      var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      described.push(id);
      input.setAttribute("aria-describedby", described.join(" "));
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", place);
  } else {
    place();
  }
})();
