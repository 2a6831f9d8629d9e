// The advisor's student progress page, kept live (docs/web.md): listens to the page's own Server-Sent Events and
// swaps in the progress section the server rendered, adds alerts as they arrive, and clears the student's data from
// the page when the server says access ended. No data is built here: the server renders and encodes every fragment.
(function () {
    "use strict";
    var region = document.getElementById("progress");
    var status = document.getElementById("live-status");
    var alerts = document.getElementById("alerts");
    var empty = document.getElementById("alerts-empty");
    if (!region || !status || !window.EventSource) {
        return;
    }

    function say(state, text) {
        status.setAttribute("data-state", state);
        status.textContent = text;
    }

    var source = new EventSource(region.getAttribute("data-live"));
    source.addEventListener("open", function () {
        say("live", "Live: changes appear on this page as they arrive.");
    });
    source.addEventListener("progress", function (event) {
        region.innerHTML = event.data;
        say("live", "Live: updated at " + new Date().toLocaleTimeString() + ".");
    });
    source.addEventListener("alerts", function (event) {
        alerts.insertAdjacentHTML("afterbegin", event.data);
        if (empty) {
            empty.hidden = true;
        }
    });
    source.addEventListener("ended", function () {
        source.close();
        region.textContent = "";
        alerts.textContent = "";
        say("ended", "Your access to this student has ended: their consent no longer covers your organization, or you were signed out. Nothing more is shown.");
    });
    source.addEventListener("error", function () {
        if (source.readyState === EventSource.CLOSED) {
            say("stopped", "Live updates stopped. Reload the page to see the latest.");
        } else {
            say("reconnecting", "Reconnecting for live updates…");
        }
    });
}());
