// Sitrep's page: a map, a timeline and a list over the stored events, an article view with
// highlighted spans and a place view with the control timeline. Plain browser JavaScript over the
// app's own /api; every library is served by the app (wwwroot/lib).
'use strict';

const ROOTS = {
  '01': 'statement', '02': 'appeal', '03': 'intent to cooperate', '04': 'consult', '05': 'diplomatic cooperation',
  '06': 'material cooperation', '07': 'aid', '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove',
  '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'force posture', '16': 'reduce relations', '17': 'coerce',
  '18': 'assault', '19': 'fight', '20': 'mass violence',
};
const COLORS = {
  '01': '#9ca3af', '02': '#60a5fa', '03': '#34d399', '04': '#10b981', '05': '#059669', '06': '#047857', '07': '#22c55e',
  '08': '#a3e635', '09': '#94a3b8', '10': '#facc15', '11': '#f59e0b', '12': '#fb923c', '13': '#f97316', '14': '#e879f9',
  '15': '#a855f7', '16': '#8b5cf6', '17': '#ef4444', '18': '#dc2626', '19': '#b91c1c', '20': '#450a0a',
};

const state = { events: [], corroboration: new Map(), articleHits: null, range: null, selected: null, openSeq: 0 };
const $ = (sel) => document.querySelector(sel);

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---------- data ----------

async function loadEvents() {
  const all = [];
  for (let page = 1; ; page++) {
    const data = await getJson(`api/events?pageSize=5000&page=${page}`);
    all.push(...data.events);
    if (all.length >= data.total || data.events.length === 0) break;
  }
  state.events = all;
  const incidents = await getJson('api/incidents');
  for (const incident of incidents) {
    for (const id of incident.events) state.corroboration.set(id, incident.corroboration);
  }
}

function filtered({ ignoreRange = false } = {}) {
  const form = new FormData($('#filters'));
  const actor = (form.get('actor') || '').trim().toLowerCase();
  const root = form.get('root'), source = form.get('source'), modality = form.get('modality');
  return state.events.filter((e) => {
    if (root && e.root !== root) return false;
    if (source && e.source !== source) return false;
    if (modality && e.modality !== modality) return false;
    if (actor) {
      const codes = [...e.actor1, ...e.actor2].map((c) => c.toLowerCase());
      const groups = [...e.actor1Groups, ...e.actor2Groups].map((g) => g.toLowerCase());
      if (!codes.some((c) => c.startsWith(actor)) && !groups.some((g) => g.includes(actor))) return false;
    }
    if (state.articleHits && !state.articleHits.has(e.articleId)) return false;
    if (!ignoreRange && state.range) {
      if (!e.date) return false;
      if (e.date.last < state.range[0] || e.date.first > state.range[1]) return false;
    }
    return true;
  });
}

// ---------- map ----------

let map, clusters, provinceLayer;
const outlines = new Map();

async function initMap() {
  // No tile layer: the zoom range is ours to set (marker clustering needs a maximum).
  map = L.map('map', { worldCopyJump: true, zoomSnap: 0.25, minZoom: 2, maxZoom: 13 }).setView([35, 38.5], 6);
  const world = await getJson('lib/countries-50m.json');
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, { style: { color: '#8a9aa8', weight: 1, fillColor: '#eef1ef', fillOpacity: 1 }, interactive: false }).addTo(map);
  provinceLayer = L.layerGroup().addTo(map);
  clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(clusters);
}

async function outline(code) {
  if (!outlines.has(code)) {
    outlines.set(code, fetch(`api/provinces/${encodeURIComponent(code)}/outline`).then((r) => (r.ok ? r.json() : null)));
  }
  return outlines.get(code);
}

async function drawMap(events) {
  clusters.clearLayers();
  provinceLayer.clearLayers();
  const markers = [];
  const provinces = new Map();
  let unplaced = 0;
  for (const e of events) {
    const p = e.place;
    if (!p || p.lat == null) { unplaced++; continue; }
    // Honest precision: a province-level event is drawn as its province, a country-level one not at all.
    if (p.precision === 'admin1' && p.admin1) {
      const list = provinces.get(p.admin1) || [];
      list.push(e);
      provinces.set(p.admin1, list);
      continue;
    }
    if (p.precision === 'country' || p.precision === 'region') { unplaced++; continue; }
    const radius = 5 + 2 * Math.min(5, (state.corroboration.get(e.id) || 1) - 1);
    const marker = L.circleMarker([p.lat, p.lon], { radius, color: '#222', weight: 1, fillColor: COLORS[e.root] || '#666', fillOpacity: 0.85 });
    marker.bindPopup(() => popup(e));
    marker.sitrepEvent = e;
    markers.push(marker);
  }
  clusters.addLayers(markers);
  for (const [code, list] of provinces) {
    const shape = await outline(code);
    if (!shape) { unplaced += list.length; continue; }
    L.geoJSON(shape, { style: { color: '#b45309', weight: 1, dashArray: '4 3', fillColor: '#f59e0b', fillOpacity: 0.12 } })
      .bindPopup(`<b>${escapeHtml(shape.properties.name)}</b>: ${list.length} event(s) placed only to the province`)
      .addTo(provinceLayer);
  }
  $('#map-note').textContent = `${markers.length} event(s) at a town or finer, ${provinces.size} province(s) shaded for events known only to the province, ${unplaced} event(s) known only to a country or not placed (in the list).`;
}

function popup(e) {
  const div = document.createElement('div');
  div.innerHTML = `<b>${escapeHtml(e.cameo)} ${escapeHtml(ROOTS[e.root] || '')}</b><br>${escapeHtml(actors(e))}<br>${escapeHtml(e.place?.name)} · ${escapeHtml(e.date?.value || '?')} · ${escapeHtml(e.source || '?')}<br><a href="#" class="open-article">open the article</a>`;
  div.querySelector('.open-article').addEventListener('click', (ev) => { ev.preventDefault(); openArticle(e.articleId, e.id); });
  return div;
}

// ---------- timeline ----------

// Year-precise dates ("since 1963") would stretch the chart over decades: the timeline counts
// events dated to the day, week or month.
const onTimeline = (e) => e.date && e.date.precision !== 'year';

function months(events) {
  const counts = new Map();
  for (const e of events) {
    if (!onTimeline(e)) continue;
    const key = e.date.first.slice(0, 7);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

function monthKeys(first, last) {
  const keys = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return keys;
}

function drawTimeline() {
  const svg = $('#histogram');
  const all = filtered({ ignoreRange: true });
  const counts = months(all);
  // From the month holding the first 1% of events: a few stray old dates do not flatten the rest.
  const dated = [...counts.keys()].sort();
  svg.innerHTML = '';
  if (dated.length === 0) { $('#range').textContent = 'No dated events.'; return; }
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  let first = dated[0], seen = 0;
  for (const key of dated) { seen += counts.get(key); if (seen >= total * 0.01) { first = key; break; } }
  const keys = monthKeys(first, dated[dated.length - 1]);
  const width = svg.clientWidth || 600, height = 90, max = Math.max(...counts.values());
  const w = width / keys.length;
  keys.forEach((key, i) => {
    const n = counts.get(key) || 0;
    const h = n === 0 ? 0 : Math.max(2, (n / max) * (height - 16));
    const inRange = !state.range || (key >= state.range[0].slice(0, 7) && key <= state.range[1].slice(0, 7));
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    Object.entries({ x: i * w + 0.5, y: height - h - 12, width: Math.max(1, w - 1), height: h, class: inRange ? 'bar' : 'bar out' })
      .forEach(([k, v]) => bar.setAttribute(k, v));
    bar.innerHTML = `<title>${key}: ${n} event(s)</title>`;
    svg.appendChild(bar);
  });
  const yearStep = Math.max(1, Math.ceil(40 / (w * 12)));
  for (let i = 0; i < keys.length; i++) {
    if ((keys[i].endsWith('-01') && Number(keys[i].slice(0, 4)) % yearStep === 0) || i === 0) {
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      Object.entries({ x: i * w + 2, y: height - 1, 'font-size': 10, fill: '#555' }).forEach(([k, v]) => t.setAttribute(k, v));
      t.textContent = keys[i].slice(0, 4);
      svg.appendChild(t);
    }
  }
  svg.dataset.first = keys[0];
  svg.dataset.count = keys.length;
  $('#range').textContent = state.range ? `Showing ${state.range[0]} – ${state.range[1]} (double-click the chart to clear)` : 'Drag across the chart to choose a period.';
}

function initBrush() {
  const svg = $('#histogram');
  let start = null, brush = null;
  const monthAt = (x) => {
    const keys = monthKeys(svg.dataset.first, svg.dataset.first);
    const n = Number(svg.dataset.count);
    const i = Math.max(0, Math.min(n - 1, Math.floor((x / svg.clientWidth) * n)));
    let [y, m] = keys[0].split('-').map(Number);
    m += i; y += Math.floor((m - 1) / 12); m = ((m - 1) % 12) + 1;
    return `${y}-${String(m).padStart(2, '0')}`;
  };
  svg.addEventListener('mousedown', (ev) => {
    start = ev.offsetX;
    brush = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    brush.setAttribute('class', 'brush');
    Object.entries({ x: start, y: 0, width: 0, height: 78 }).forEach(([k, v]) => brush.setAttribute(k, v));
    svg.appendChild(brush);
  });
  svg.addEventListener('mousemove', (ev) => {
    if (start === null) return;
    brush.setAttribute('x', Math.min(start, ev.offsetX));
    brush.setAttribute('width', Math.abs(ev.offsetX - start));
  });
  svg.addEventListener('mouseup', (ev) => {
    if (start === null) return;
    const a = monthAt(Math.min(start, ev.offsetX)), b = monthAt(Math.max(start, ev.offsetX));
    start = null;
    const [by, bm] = b.split('-').map(Number);
    const lastDay = new Date(Date.UTC(by, bm, 0)).getUTCDate();
    state.range = [`${a}-01`, `${b}-${String(lastDay).padStart(2, '0')}`];
    refresh();
  });
  svg.addEventListener('dblclick', () => { state.range = null; refresh(); });
}

// ---------- list ----------

function actors(e) {
  const one = e.actor1.length ? e.actor1.join('+') : '?';
  return e.actor2.length ? `${one} → ${e.actor2.join('+')}` : one;
}

function drawList(events) {
  const list = $('#event-list');
  const shown = events.slice(0, 1000);
  list.innerHTML = shown.map((e) => `
    <li class="event-row" data-id="${e.id}" data-article="${e.articleId}" style="--c:${COLORS[e.root] || '#666'}">
      <div class="head"><span class="dot"></span><span>${escapeHtml(e.date?.value || '?')}</span>
        <span>${escapeHtml(e.cameo)} ${escapeHtml(e.plover)}</span><span>${escapeHtml(e.source || '?')}</span>
        <span class="modality-${escapeHtml(e.modality)}">${escapeHtml(e.modality)}${e.claimedBy.length ? ' by ' + escapeHtml(e.claimedBy.join('+')) : ''}</span></div>
      <div><span class="what">${escapeHtml(actors(e))}</span> “${escapeHtml(e.trigger)}”
        ${e.place?.name ? `@ <span class="place-link" data-place="${escapeHtml(e.place.name)}">${escapeHtml(e.place.name)}</span>` : ''}</div>
    </li>`).join('') + (events.length > shown.length ? `<li class="event-row more">…and ${events.length - shown.length} more: narrow the filters.</li>` : '');
}

function drawLegend(events) {
  const roots = [...new Set(events.map((e) => e.root))].sort();
  $('#legend').innerHTML = roots.map((r) => `<span style="--c:${COLORS[r]}">${r} ${escapeHtml(ROOTS[r] || '')}</span>`).join('');
}

// ---------- article view ----------

async function openArticle(articleId, eventId) {
  // Fetch first, render once: a click can reach two handlers, and a slower earlier open must not
  // overwrite a later one (nor show the text without its evidence in between).
  const seq = ++state.openSeq;
  const [data, list] = await Promise.all([getJson(`api/articles/${articleId}`), getJson(`api/events?article=${articleId}&pageSize=5000`)]);
  if (seq !== state.openSeq) return;
  const a = data.analysis;
  $('#place-view').hidden = true;
  $('#article-view').hidden = false;
  $('#article-title').textContent = a.title || a.id;
  $('#article-meta').textContent = `${a.source || 'unknown outlet'} · published ${a.published?.value || '?'}${a.url ? ' · ' + a.url : ''}`;
  $('#article-text').innerHTML = highlight(a.text, spansOf(a));
  const events = list.events.sort((x, y) => x.span[0] - y.span[0]);
  $('#article-events').innerHTML = events.map((e) => `
    <li data-id="${e.id}" data-sentence="${e.sentence.join(',')}" data-span="${e.span.join(',')}">
      <b>${escapeHtml(e.cameo)}</b> ${escapeHtml(actors(e))} “${escapeHtml(e.trigger)}” @ ${escapeHtml(e.place?.name || '?')} · ${escapeHtml(e.date?.value || '?')} · ${escapeHtml(e.modality)}</li>`).join('');
  state.article = a;
  const pick = eventId ?? events[0]?.id;
  if (pick != null) showEvidence(pick);
}

/** The article's spans to highlight, each as [start, end, class, tooltip]. */
function spansOf(a) {
  return [
    ...a.actors.map((x) => [x.span[0], x.span[1], 'hl-actor', x.code]),
    ...a.places.map((x) => [x.span[0], x.span[1], 'hl-place', x.admin1?.name || x.country || '']),
    ...a.dates.map((x) => [x.span[0], x.span[1], 'hl-date', x.value]),
    ...a.quotes.map((x) => [x.span[0], x.span[1], 'hl-quote', x.speaker ? `${x.speaker.person || x.speaker.group || x.speaker.text} (${x.speaker.code})` : '']),
    ...a.labels.map((x) => [x.span[0], x.span[1], 'hl-label', x.term]),
  ];
}

/** The text cut at every span boundary; each piece carries the classes of the spans covering it. */
function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const [s, e] of spans) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((x, y) => x - y);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter(([s, e]) => s <= from && e >= to);
    const piece = escapeHtml(text.slice(from, to));
    if (covering.length === 0) { html += piece; continue; }
    const classes = [...new Set(covering.map((c) => c[2]))].join(' ');
    const title = covering.map((c) => c[3]).filter(Boolean).join(' · ');
    html += `<span class="${classes}" data-from="${from}" data-to="${to}" title="${escapeHtml(title)}">${piece}</span>`;
  }
  return html;
}

function showEvidence(eventId) {
  const item = document.querySelector(`#article-events li[data-id="${eventId}"]`);
  if (!item) return;
  document.querySelectorAll('#article-events li.selected').forEach((li) => li.classList.remove('selected'));
  item.classList.add('selected');
  const [s, e] = item.dataset.sentence.split(',').map(Number);
  const [ts, te] = item.dataset.span.split(',').map(Number);
  const a = state.article;
  const spans = [[s, e, 'hl-evidence', 'evidence'], [ts, te, 'hl-trigger', 'trigger'], ...spansOf(a)];
  $('#article-text').innerHTML = highlight(a.text, spans);
  document.querySelector('#article-text .hl-evidence')?.scrollIntoView({ block: 'center' });
}

// ---------- place view ----------

async function openPlace(name) {
  const entries = await getJson(`api/control?place=${encodeURIComponent(name)}`);
  $('#article-view').hidden = true;
  $('#place-view').hidden = false;
  const contested = entries.some((x) => x.contested);
  $('#place-title').textContent = `Control of ${name}${contested ? ' — contested' : ''}`;
  $('#control-list').innerHTML = entries.length === 0 ? '<li>No capture or control reports for this place.</li>' : entries.map(({ contested: c, event: e }) => `
    <li class="${c ? 'contested' : ''}" data-article="${e.articleId}" data-id="${e.id}">
      <b>${escapeHtml(e.date?.value || '?')}</b> ${c ? '<span class="contested-flag">contested</span>' : ''}
      ${escapeHtml(e.actor1.join('+') || '?')} (${escapeHtml(e.actor1Text || '')}) — “${escapeHtml(e.trigger)}”, ${escapeHtml(e.modality)}
      ${e.claimedBy.length ? 'by ' + escapeHtml(e.claimedBy.join('+')) : ''} · ${escapeHtml(e.source || '?')}</li>`).join('');
}

// ---------- wiring ----------

/** Newest first; undated events last. */
function byDateDescending(x, y) {
  const a = x.date?.first ?? '', b = y.date?.first ?? '';
  return a === b ? y.id - x.id : a < b ? 1 : -1;
}

async function refresh() {
  const events = filtered().sort(byDateDescending);
  $('#status').textContent = `${events.length} of ${state.events.length} events`;
  drawLegend(events);
  drawList(events);
  drawTimeline();
  await drawMap(events);
}

async function main() {
  try {
    await initMap();
    await loadEvents();
  } catch (error) {
    console.error(error);
    $('#status').textContent = 'Could not load: ' + (error?.message || String(error));
    return;
  }
  const roots = [...new Set(state.events.map((e) => e.root))].sort();
  $('#filters [name=root]').insertAdjacentHTML('beforeend', roots.map((r) => `<option value="${r}">${r} ${escapeHtml(ROOTS[r] || '')}</option>`).join(''));
  const sources = [...new Set(state.events.map((e) => e.source).filter(Boolean))].sort();
  $('#filters [name=source]').insertAdjacentHTML('beforeend', sources.map((s) => `<option>${escapeHtml(s)}</option>`).join(''));

  let timer;
  $('#filters').addEventListener('input', (ev) => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (ev.target.name === 'q') {
        const q = ev.target.value.trim();
        state.articleHits = q ? new Set((await getJson(`api/articles?q=${encodeURIComponent(q)}&limit=500`)).map((h) => h.id)) : null;
      }
      refresh();
    }, 250);
  });
  $('#filters').addEventListener('submit', (ev) => ev.preventDefault());
  $('#event-list').addEventListener('click', (ev) => {
    const place = ev.target.closest('.place-link');
    if (place) { openPlace(place.dataset.place); return; }
    const row = ev.target.closest('.event-row[data-id]');
    if (!row) return;
    document.querySelectorAll('.event-row.selected').forEach((r) => r.classList.remove('selected'));
    row.classList.add('selected');
    openArticle(Number(row.dataset.article), Number(row.dataset.id));
  });
  $('#article-events').addEventListener('click', (ev) => {
    const li = ev.target.closest('li[data-id]');
    if (li) showEvidence(Number(li.dataset.id));
  });
  $('#control-list').addEventListener('click', (ev) => {
    const li = ev.target.closest('li[data-article]');
    if (li) openArticle(Number(li.dataset.article), Number(li.dataset.id));
  });
  document.querySelectorAll('aside .close').forEach((b) => b.addEventListener('click', () => { b.parentElement.hidden = true; }));
  initBrush();
  await refresh();
  document.body.dataset.ready = 'true';
}

main();
