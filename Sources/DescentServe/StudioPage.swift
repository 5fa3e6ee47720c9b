import DescentPublish
import Foundation

/// The studio's pages: plain HTML with the gallery's style sheet and a small script, shipped
/// inside the binary and loading nothing from elsewhere.
enum StudioPage {
    /// The course index: one link per lesson, with its title (or its errors).
    static func index(_ entries: [LessonLibrary.Entry]) -> String {
        let items = entries.map { entry -> String in
            let title = entry.current.map { $0.lesson.title.resolved(language: $0.lesson.output.language) } ?? entry.name
            let controls = entry.current?.lesson.controls.count ?? 0
            let note = entry.errors.isEmpty ? (controls > 0 ? " <span class=\"live\">\(controls) control\(controls == 1 ? "" : "s")</span>" : "") : " <span class=\"bad\">has errors</span>"
            return "<li><a href=\"/lesson/\(escape(entry.name))\">\(escape(title))</a>\(note)</li>"
        }.joined(separator: "\n")
        return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <title>Descent studio</title><style>\(Gallery.css)\(css)</style></head>
        <body><main style="margin-left:auto;margin-right:auto"><header><h1>Descent studio</h1>
        <p>Live lessons: move a slider or click the map and the figure is recomputed with PyTorch's rules. Edit a lesson file and this page follows.</p></header>
        <ol class="lessons">
        \(items)
        </ol></main></body></html>
        """
    }

    /// A lesson's live page; the script fills it from `/api/<lesson>/state`.
    static func lesson(_ entry: LessonLibrary.Entry) -> String {
        let title = entry.current.map { $0.lesson.title.resolved(language: $0.lesson.output.language) } ?? entry.name
        return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <title>\(escape(title)) · Descent studio</title><style>\(Gallery.css)\(css)</style></head>
        <body data-lesson="\(escape(entry.name))">
        <nav><p class="course"><a href="/">Descent studio</a></p><p class="count">live lesson</p>
        <div id="controls"></div>
        <p><button id="copy" type="button">Copy as YAML</button> <button id="reset" type="button">Reset</button></p>
        <p class="hint" id="status"></p>
        <textarea id="yaml" readonly hidden></textarea>
        </nav>
        <main><header><h1 id="title">\(escape(title))</h1></header>
        <p id="note" class="hint" hidden>The captions describe the lesson’s own values; the figures and their legends show the values chosen here.</p>
        <pre id="errors" hidden></pre><div id="claims" hidden></div>
        <div id="figures"></div></main>
        <script>\(script)</script></body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let css = """
    .lessons li{margin:.5rem 0}.live{color:var(--accent);font-size:.8rem;font-weight:700}.bad{color:#b3261e;font-weight:700}
    nav label{display:block;font-size:.85rem;margin:.9rem 0 .15rem}nav label output{float:right;font-weight:700;color:var(--accent)}
    nav input[type=range]{width:100%}nav button{font:inherit;font-size:.85rem;padding:.3rem .7rem;border:1px solid var(--rule);border-radius:4px;background:#fff;cursor:pointer}
    .hint{color:var(--muted);font-size:.8rem}#yaml{width:100%;height:12rem;font:12px monospace}
    #errors{background:#fff4f4;border:1px solid #e6a4a0;border-radius:4px;padding:1rem;white-space:pre-wrap;font-size:.85rem}
    figure img.clickable{cursor:crosshair}figure.stale img{opacity:.55}
    #claims{background:#fff8e6;border:1px solid #e8c77a;border-radius:4px;padding:.6rem 1rem;font-size:.85rem;margin-bottom:1rem}#claims p{margin:0 0 .3rem;font-weight:700}#claims ul{margin:0;padding-left:1.2rem}
    """

    /// The page's script: builds the controls from the lesson's state, keeps their values in the
    /// URL, asks for each figure with them (aborting the previous request of that figure, and
    /// sending a client id so the server drops overtaken ones), and follows lesson edits through
    /// server-sent events.
    static let script = #"""
    const lesson = document.body.dataset.lesson, client = Math.random().toString(36).slice(2);
    const params = new URLSearchParams(location.search); let state = null, frames = {}, pending = {};
    window.studio = {loaded: {}, bytes: {}};
    const $ = id => document.getElementById(id);
    function fmt(c, v) { return c.integer ? String(Math.round(v)) : String(Number(v.toPrecision(3))); }
    function toSlider(c, v) { return c.scale === 'log' ? Math.log(v / c.min) / Math.log(c.max / c.min) : (v - c.min) / (c.max - c.min); }
    function fromSlider(c, t) {
      let v = c.scale === 'log' ? c.min * Math.pow(c.max / c.min, t) : c.min + t * (c.max - c.min);
      if (c.step) v = c.min + Math.round((v - c.min) / c.step) * c.step;
      return Math.min(c.max, Math.max(c.min, Number(fmt(c, v))));
    }
    function query() {
      const q = new URLSearchParams();
      for (const c of state.controls) if (params.has(c.name)) q.set(c.name, params.get(c.name));
      return q.toString();
    }
    function buildControls() {
      const box = $('controls'); box.innerHTML = '';
      for (const c of state.controls) {
        if (c.input !== 'slider') { const p = document.createElement('p'); p.className = 'hint'; p.id = 'click-hint';
          p.textContent = 'Click the map to move the start point (' + c.label + ').'; box.appendChild(p); continue; }
        const label = document.createElement('label'), out = document.createElement('output'), input = document.createElement('input');
        label.textContent = c.label; input.type = 'range'; input.min = 0; input.max = 1000; input.dataset.control = c.name;
        const current = params.has(c.name) ? Number(params.get(c.name)) : c.value[0];
        input.value = Math.round(1000 * toSlider(c, current)); out.textContent = fmt(c, current);
        input.addEventListener('input', () => { const v = fromSlider(c, input.value / 1000); out.textContent = fmt(c, v);
          params.set(c.name, fmt(c, v)); changed(); });
        label.appendChild(out); box.appendChild(label); box.appendChild(input);
      }
    }
    function changed() { history.replaceState(null, '', '?' + query()); $('note').hidden = !query(); $('yaml').hidden = true; for (const f of state.figures) load(f.name); }
    async function load(name) {
      const img = $('fig-' + name); if (!img) return;
      if (pending[name]) pending[name].abort();
      const ctl = new AbortController(); pending[name] = ctl; const q = query();
      img.parentElement.classList.add('stale');
      try {
        const r = await fetch('/figure/' + lesson + '/' + name + '.svg?' + (q ? q + '&' : '') + 'client=' + client, {signal: ctl.signal});
        if (r.status === 409) return;
        if (!r.ok) { $('status').textContent = await r.text(); return; }
        const claims = r.headers.get('X-Descent-Failed-Claims'), box = $('claims');
        box.hidden = !claims; box.textContent = '';
        if (claims) { const lines = decodeURIComponent(claims).split('\n'), p = document.createElement('p'), ul = document.createElement('ul');
          p.textContent = 'These values break ' + (lines.length === 1 ? 'one of the lesson\u2019s claims' : lines.length + ' of the lesson\u2019s claims') +
            ':';
          for (const l of lines) { const li = document.createElement('li'); li.textContent = l; ul.appendChild(li); }
          box.appendChild(p); box.appendChild(ul); }
        const bytes = new Uint8Array(await r.arrayBuffer());
        const old = img.src; img.src = URL.createObjectURL(new Blob([bytes], {type: 'image/svg+xml'}));
        if (old.startsWith('blob:')) URL.revokeObjectURL(old);
        window.studio.bytes[name] = bytes; window.studio.loaded[name] = q + '#' + state.version;
        img.parentElement.classList.remove('stale');
        const ms = /dur=([0-9.]+)/.exec(r.headers.get('Server-Timing') || ''); $('status').textContent = ms ? 'Computed and drawn in ' + Math.round(Number(ms[1])) + ' ms.' : '';
      } catch (e) { if (e.name !== 'AbortError') $('status').textContent = String(e); }
    }
    async function refresh() {
      const r = await fetch('/api/' + lesson + '/state'); const next = await r.json();
      $('errors').hidden = next.errors.length === 0;
      $('errors').textContent = next.errors.length ? 'The saved lesson has errors; the figures below are its last good version.\n\n' + next.errors.join('\n') : '';
      document.body.dataset.version = next.version;
      if (next.errors.length && state) return;
      const controlsChanged = !state || JSON.stringify(state.controls) !== JSON.stringify(next.controls);
      state = next; $('title').textContent = state.title;
      const box = $('figures');
      if (box.dataset.names !== state.figures.map(f => f.name).join()) {
        box.innerHTML = ''; box.dataset.names = state.figures.map(f => f.name).join();
        for (const f of state.figures) { const fig = document.createElement('figure'), img = document.createElement('img');
          img.id = 'fig-' + f.name; img.alt = f.name; fig.appendChild(img); box.appendChild(fig); }
      }
      if (controlsChanged) buildControls();
      $('note').hidden = !query();
      frames = {};
      const click = state.controls.find(c => c.input === 'click');
      for (const f of state.figures) {
        const img = $('fig-' + f.name); img.classList.remove('clickable'); img.onclick = null;
        if (click && ['contour', 'heatmap', 'basins'].includes(f.kind)) {
          fetch('/api/' + lesson + '/frame/' + f.name).then(r => r.ok ? r.json() : null).then(fr => { if (!fr) return; frames[f.name] = fr;
            img.classList.add('clickable'); img.onclick = ev => pick(click, fr, img, ev); });
        }
        load(f.name);
      }
    }
    function pick(c, fr, img, ev) {
      const box = img.getBoundingClientRect(), u = (ev.clientX - box.left) / box.width, v = (ev.clientY - box.top) / box.height;
      const fx = (u - fr.left) / fr.width, fy = (v - fr.top) / fr.height;
      if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return;
      const x = fr.x[0] + fx * (fr.x[1] - fr.x[0]), y = fr.y[1] - fy * (fr.y[1] - fr.y[0]);
      params.set(c.name, Number(x.toPrecision(3)) + ',' + Number(y.toPrecision(3))); changed();
    }
    $('copy').addEventListener('click', async () => {
      const q = query(); const text = await (await fetch('/yaml/' + lesson + (q ? '?' + q : ''))).text();
      const area = $('yaml'); area.value = text; area.hidden = false; area.select();
      try { await navigator.clipboard.writeText(text); $('status').textContent = 'Copied: paste it into Lessons/' + lesson + '.yaml'; }
      catch (e) { $('status').textContent = 'Select the text below and copy it.'; }
    });
    $('reset').addEventListener('click', () => { for (const c of state.controls) params.delete(c.name); buildControls(); changed(); });
    new EventSource('/events/' + lesson).onmessage = () => refresh();
    refresh();
    """#
}
