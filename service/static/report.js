// copydesk report page: findings and highlights linked both ways, filters, keyboard
// navigation, the marked/repaired tabs and the timeline strip. No inline handlers (the page
// runs under a strict Content-Security-Policy); everything is wired here.
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var filters = Array.prototype.slice.call(document.querySelectorAll("input.filter"));
  var shown = document.getElementById("shown");
  var current = -1;
  var byFinding = {};

  marks.forEach(function (m) {
    m.getAttribute("data-f").split(" ").forEach(function (i) {
      (byFinding[i] = byFinding[i] || []).push(m);
    });
  });

  // ---- tabs ----
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function selectTab(tab) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
    });
  }
  tabs.forEach(function (t, n) {
    t.addEventListener("click", function () { selectTab(t); });
    t.addEventListener("keydown", function (e) {
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        var next = tabs[(n + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
        selectTab(next);
        next.focus();
      }
    });
  });
  if (tabs.length) { selectTab(tabs[0]); }
  function showText() { if (tabs.length) { selectTab(tabs[0]); } }

  // ---- flashing and scrolling ----
  function flash(elements) {
    elements.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the flash when clicked twice
      el.classList.add("flash");
      window.setTimeout(function () { el.classList.remove("flash"); }, 1600);
    });
  }
  function markAfter(anchor) {
    var el = anchor.nextElementSibling;
    return el && el.tagName === "MARK" ? el : null;
  }
  function scrollToAnchor(id) {
    var anchor = document.getElementById(id);
    if (!anchor) { return null; }
    showText();
    var target = markAfter(anchor) || anchor;
    target.scrollIntoView({ block: "center" });
    return target;
  }

  // ---- findings <-> highlights ----
  function isVisible(li) { return !li.hidden; }
  function select(n, scroll) {
    findings.forEach(function (li) { li.classList.remove("current"); });
    marks.forEach(function (m) { m.classList.remove("current"); });
    current = n;
    var li = findings[n];
    if (!li) { return; }
    li.classList.add("current");
    var own = byFinding[String(n)] || [];
    own.forEach(function (m) { m.classList.add("current"); });
    if (scroll !== false) {
      var first = li.querySelector(".span-link");
      if (first) { scrollToAnchor(first.getAttribute("data-target")); }
      flash(own);
    }
    li.scrollIntoView({ block: "nearest" });
  }
  findings.forEach(function (li, n) {
    li.addEventListener("click", function (e) {
      var link = e.target.closest("a.span-link");
      if (link) {
        e.preventDefault();
        var target = scrollToAnchor(link.getAttribute("data-target"));
        select(n, false);
        if (target) { flash([target]); }
        return;
      }
      select(n, true);
    });
  });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      if (m.classList.contains("off")) { return; }
      var ids = m.getAttribute("data-f").split(" ").map(Number).filter(function (i) {
        return findings[i] && isVisible(findings[i]);
      });
      if (!ids.length) { return; }
      var at = ids.indexOf(current);
      var n = ids[(at + 1) % ids.length]; // several findings on one word: cycle through them
      select(n, false);
      findings[n].focus({ preventScroll: true });
      findings[n].scrollIntoView({ block: "center" });
    });
  });

  // ---- entity mentions and timeline ----
  Array.prototype.slice.call(document.querySelectorAll(".entities a.span-link, .stop a.date")).forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var target = scrollToAnchor(a.getAttribute("data-target"));
      if (target) { flash([target]); }
    });
  });
  Array.prototype.slice.call(document.querySelectorAll(".conflict-flag")).forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var n = Number(a.getAttribute("data-finding"));
      if (findings[n] && isVisible(findings[n])) { select(n, true); }
    });
  });

  // ---- filters ----
  function applyFilters() {
    var on = { severity: {}, family: {} };
    filters.forEach(function (f) { on[f.getAttribute("data-kind")][f.value] = f.checked; });
    var visible = 0;
    findings.forEach(function (li) {
      var show = on.severity[li.getAttribute("data-severity")] !== false &&
                 on.family[li.getAttribute("data-family")] !== false;
      li.hidden = !show;
      if (show) { visible += 1; }
    });
    marks.forEach(function (m) {
      var any = m.getAttribute("data-f").split(" ").some(function (i) { return isVisible(findings[Number(i)]); });
      m.classList.toggle("off", !any);
    });
    if (shown) { shown.textContent = visible + " of " + findings.length + " findings shown"; }
    if (current >= 0 && findings[current] && !isVisible(findings[current])) { select(-1, false); }
  }
  filters.forEach(function (f) { f.addEventListener("change", applyFilters); });

  // ---- keyboard: next and previous finding ----
  function step(direction) {
    var order = findings.map(function (_, i) { return i; }).filter(function (i) { return isVisible(findings[i]); });
    if (!order.length) { return; }
    var at = order.indexOf(current);
    var next = at < 0 ? (direction > 0 ? order[0] : order[order.length - 1])
                      : order[(at + direction + order.length) % order.length];
    select(next, true);
    findings[next].focus({ preventScroll: true });
  }
  var prev = document.getElementById("prev");
  var nextButton = document.getElementById("next");
  if (prev) { prev.addEventListener("click", function () { step(-1); }); }
  if (nextButton) { nextButton.addEventListener("click", function () { step(1); }); }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "TEXTAREA" || (tag === "INPUT" && e.target.type === "text")) { return; }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); step(1); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); step(-1); }
  });
})();
