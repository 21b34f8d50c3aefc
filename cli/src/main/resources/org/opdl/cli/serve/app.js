// The script of opdl serve's page. Served by the tool itself; the page allows no other script.
"use strict";
(function () {
  const lang = document.documentElement.lang === "fr" ? "fr" : "en";
  const token = document.querySelector('meta[name="opdl-token"]').content;
  const $ = (id) => document.getElementById(id);
  const status = $("status");
  const fileInput = $("file");
  let chosen = null;

  function word(key, args) {
    let text = status.dataset[key] || "";
    (args || []).forEach((a, i) => { text = text.split("{" + i + "}").join(String(a)); });
    return text;
  }

  function post(path, params) {
    const query = new URLSearchParams(Object.assign({ lang: lang, name: chosen.name }, params || {}));
    return fetch(path + "?" + query.toString(), {
      method: "POST",
      headers: { "X-OPDL-Token": token, "Content-Type": "application/octet-stream" },
      body: chosen
    });
  }

  async function problem(response) {
    try {
      const body = await response.json();
      return body.message || response.statusText;
    } catch (e) {
      return response.statusText;
    }
  }

  async function check() {
    if (!chosen) {
      status.textContent = word("checkNone");
      fileInput.focus();
      return;
    }
    status.textContent = word("checkWorking", [chosen.name]);
    $("results").textContent = "";
    try {
      const response = await post("/api/check");
      if (!response.ok) {
        status.textContent = await problem(response);
        $("downloads").hidden = true;
        return;
      }
      const body = await response.json();
      // The fragment is made by the same renderer as the HTML report, which escapes every text from the file.
      $("results").innerHTML = body.html;
      // The server words the counts, with each language's rule for the singular ("0 erreur", "0 errors").
      status.textContent = word("checkDone", [chosen.name, body.summary]);
      $("annotate-item").hidden = !body.workbook;
      $("downloads").hidden = false;
    } catch (e) {
      status.textContent = word("network");
    }
  }

  async function download(path, params) {
    if (!chosen) {
      status.textContent = word("checkNone");
      return;
    }
    try {
      const response = await post(path, params);
      if (!response.ok) {
        status.textContent = await problem(response);
        return;
      }
      const disposition = response.headers.get("Content-Disposition") || "";
      const match = /filename="([^"]+)"/.exec(disposition);
      const blob = await response.blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = match ? match[1] : "opdl-download";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    } catch (e) {
      status.textContent = word("network");
    }
  }

  function choose(file) {
    chosen = file || null;
    $("downloads").hidden = true;
    if (chosen) {
      check();
    }
  }

  fileInput.addEventListener("change", () => choose(fileInput.files[0]));
  // Cleared as the chooser opens (by mouse or keyboard), so that choosing the same file again, once fixed, checks it again.
  fileInput.addEventListener("click", () => { fileInput.value = ""; });
  $("check-form").addEventListener("submit", (e) => { e.preventDefault(); check(); });
  const drop = $("drop");
  ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => drop.classList.remove("over")));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      choose(e.dataTransfer.files[0]);
    }
  });
  document.querySelectorAll("[data-report]").forEach((b) =>
    b.addEventListener("click", () => download("/api/report", { format: b.dataset.report })));
  $("annotate").addEventListener("click", () => download("/api/annotate"));
  $("convert-form").addEventListener("submit", (e) => {
    e.preventDefault();
    download("/api/convert", { to: $("convert-to").value });
  });

  async function lookup(path, params, out) {
    try {
      const response = await fetch(path + "?" + new URLSearchParams(Object.assign({ lang: lang }, params)).toString());
      const body = await response.json();
      out.textContent = body.text || body.message || "";
    } catch (e) {
      out.textContent = word("network");
    }
  }

  $("classify-form").addEventListener("submit", (e) => {
    e.preventDefault();
    lookup("/api/classify", {
      completedWorks: $("completed-works").value, credits: $("credits").value, years: $("years").value
    }, $("classify-result"));
  });
  // Matching: the dataset travels in the body, the producer's figures in the query, as /api/check does.
  $("match-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const dataset = $("match-file").files[0];
    const out = $("match-result");
    if (!dataset) {
      out.textContent = word("checkNone");
      $("match-file").focus();
      return;
    }
    const query = new URLSearchParams({
      lang: lang, name: dataset.name, completedWorks: $("match-works").value, credits: $("match-credits").value,
      yearsOfPractice: $("match-years").value, region: $("match-region").value, languages: $("match-languages").value,
      targetGroups: $("match-groups").value, budget: $("match-budget").value, age: $("match-age").value,
      includeClosed: $("match-closed").checked ? "true" : "false", all: $("match-all").checked ? "true" : "false"
    });
    try {
      const response = await fetch("/api/match?" + query.toString(), {
        method: "POST",
        headers: { "X-OPDL-Token": token, "Content-Type": "application/octet-stream" },
        body: dataset
      });
      out.textContent = response.ok ? ((await response.json()).text || "") : await problem(response);
    } catch (err) {
      out.textContent = word("network");
    }
  });
  $("lookup-form").addEventListener("submit", (e) => {
    e.preventDefault();
    lookup("/api/vocab", { lookup: $("wording").value }, $("lookup-result"));
  });
})();
