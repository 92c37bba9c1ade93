/* "Was this summary helpful?" inline: fetch a CSRF token, post the answer, then offer a comment.
   Without this script the same buttons open the feedback page, which works on its own. */
(function () {
  "use strict";

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  function post(url, token, fields) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": token },
      body: new URLSearchParams(fields),
    }).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, data: data }; });
    });
  }

  function firstError(data) {
    if (data.error) { return data.error; }
    var errors = data.errors || {};
    for (var name in errors) { if (errors[name].length) { return errors[name][0].message; } }
    return "Sorry, that did not work. Please try again.";
  }

  function enhance(box) {
    var voteForm = box.querySelector("[data-feedback-vote]");
    var commentForm = box.querySelector("[data-feedback-comment]");
    var status = box.querySelector("[data-feedback-status]");
    var stateUrl = box.getAttribute("data-state-url");
    var token = null;

    function say(text) { status.textContent = text; status.focus(); }
    function withToken() {
      return token ? Promise.resolve(token) : getJSON(stateUrl).then(function (s) { token = s.csrfToken; return token; });
    }
    function fallback(value) { window.location.href = voteForm.action + "?helpful=" + encodeURIComponent(value); }

    voteForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = event.submitter ? event.submitter.value : "yes";
      withToken().then(function (t) { return post(voteForm.action, t, { helpful: value }); })
        .then(function (result) {
          if (!result.ok) { say(firstError(result.data)); return; }
          voteForm.querySelectorAll("button").forEach(function (b) {
            b.setAttribute("aria-pressed", b.value === value ? "true" : "false");
          });
          commentForm.elements.helpful.value = value;
          commentForm.hidden = false;
          say("Thank you for your feedback. You can add a comment below, or change your answer.");
        })
        .catch(function () { fallback(value); });
    });

    commentForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var fields = { helpful: commentForm.elements.helpful.value, comment: commentForm.elements.comment.value };
      withToken().then(function (t) { return post(commentForm.action, t, fields); })
        .then(function (result) {
          if (!result.ok) { say(firstError(result.data)); return; }
          commentForm.hidden = true;
          say("Thank you for your comment. Editors read every one.");
        })
        .catch(function () { fallback(commentForm.elements.helpful.value); });
    });
  }

  document.querySelectorAll("[data-feedback]").forEach(enhance);
})();
