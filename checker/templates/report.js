/* checker report: verdict and attribution filters. The only script on the page; the
   Content-Security-Policy admits it by its sha256, so nothing else can run. */
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters) { return; }
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var cards = document.querySelectorAll(".card[data-verdict]");
  var toggles = filters.querySelectorAll("button[data-filter]");
  var marks = document.querySelectorAll(".article-text [data-claims]");
  var status = document.getElementById("filter-status");

  function pressed(group) {
    var on = {};
    each(toggles, function (b) {
      if (b.getAttribute("data-filter") === group && b.getAttribute("aria-pressed") === "true") {
        on[b.getAttribute("data-value")] = true;
      }
    });
    return on;
  }

  function apply() {
    var verdicts = pressed("verdict"), kinds = pressed("kind"), shown = {}, n = 0;
    each(cards, function (card) {
      var visible = Boolean(verdicts[card.getAttribute("data-verdict")] &&
                            kinds[card.getAttribute("data-kind")]);
      card.hidden = !visible;
      if (visible) { shown[card.getAttribute("data-claim")] = true; n += 1; }
    });
    each(marks, function (el) {
      var ids = el.getAttribute("data-claims").split(" ");
      el.classList.toggle("muted", !ids.some(function (id) { return shown[id]; }));
    });
    status.textContent = n === cards.length ? "Showing all " + n + " claims."
                                            : "Showing " + n + " of " + cards.length + " claims.";
  }

  function press(button, on) { button.setAttribute("aria-pressed", on ? "true" : "false"); }

  each(toggles, function (b) {
    b.addEventListener("click", function () {
      press(b, b.getAttribute("aria-pressed") !== "true");
      apply();
    });
  });
  document.getElementById("filter-reset").addEventListener("click", function () {
    each(toggles, function (b) { press(b, true); });
    apply();
  });

  /* A link to a card the filters hide shows that card's verdict and kind again first,
     so following a highlight always lands on its card. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#claim-']") : null;
    if (!link) { return; }
    var card = document.getElementById(link.getAttribute("href").slice(1));
    if (!card || !card.hidden) { return; }
    each(toggles, function (b) {
      var group = b.getAttribute("data-filter");
      var wanted = group === "verdict" ? card.getAttribute("data-verdict") : card.getAttribute("data-kind");
      if (b.getAttribute("data-value") === wanted) { press(b, true); }
    });
    apply();
  }, true);

  filters.hidden = false;
  apply();
}());
