/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  function readAloud(button) {
    var target = document.querySelector(button.getAttribute("data-read-aloud"));
    if (!target) { return; }
    var synth = window.speechSynthesis;
    button.hidden = false;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      if (synth.speaking) {
        synth.cancel();
        return;
      }
      var clone = target.cloneNode(true);
      clone.querySelectorAll("nav, form, button, details:not([open]) > :not(summary), .feedback").forEach(function (el) {
        el.remove();
      });
      var utterance = new SpeechSynthesisUtterance(clone.innerText || clone.textContent);
      utterance.lang = document.documentElement.lang || "en";
      utterance.onend = utterance.onerror = function () {
        button.textContent = "Read aloud";
        button.setAttribute("aria-pressed", "false");
      };
      button.textContent = "Stop reading";
      button.setAttribute("aria-pressed", "true");
      synth.speak(utterance);
    });
  }

  if ("speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
    document.querySelectorAll("[data-read-aloud]").forEach(readAloud);
  }
})();
