'use strict';
// The dashboard: plain JavaScript over the query API, charts by ECharts (served from the jar). Views by URL hash:
// #/ overview · #/indicators?key=&year=&minConfidence= · #/report/ID[?review=1] · #/search?q=&province=&year=&level=
// · #/compliance?year=&level=&province=

const view = document.getElementById('view');
const charts = [];
let catalog = null;

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await r.json();
  if (!r.ok) throw new Error(body.reason || r.statusText);
  return body;
}

function chart(id, option) {
  const c = echarts.init(document.getElementById(id));
  c.setOption(option);
  charts.push(c);
  return c;
}

function params() {
  const q = location.hash.split('?')[1] || '';
  return new URLSearchParams(q);
}

async function indicatorCatalog() {
  if (!catalog) catalog = await api('/api/indicators');
  return catalog;
}

function label(key) {
  const e = (catalog || []).find(c => c.key === key);
  return e ? e.label : key;
}

async function overview() {
  const [facets, compliance] = await Promise.all([api('/api/reports?facets=true&size=1'), api('/api/compliance')]);
  view.innerHTML = `
    <p>共 <b id="total-reports">${facets.total}</b> 份报告 reports · 按时公开 on time:
       <b>${compliance.onTimeShare == null ? '—' : (compliance.onTimeShare * 100).toFixed(1) + '%'}</b>
       (${compliance.onTime}/${compliance.withPublicationDate} with a date)</p>
    <div class="grid">
      <div class="card"><h2>按年度 By report year</h2><div id="chart-year" class="chart"></div></div>
      <div class="card"><h2>按层级 By level</h2><div id="chart-level" class="chart"></div></div>
      <div class="card"><h2>按省份 By province</h2><div id="chart-province" class="chart"></div></div>
      <div class="card"><h2>按时公开与四个部分 On time and the four required parts</h2><div id="chart-compliance" class="chart"></div></div>
    </div>`;
  const years = facets.facets.year.filter(f => f.value != null).sort((a, b) => a.value - b.value);
  chart('chart-year', {tooltip: {}, xAxis: {type: 'category', data: years.map(f => f.value)}, yAxis: {type: 'value'},
    series: [{type: 'bar', data: years.map(f => f.count), itemStyle: {color: '#8c1c13'}}]});
  chart('chart-level', {tooltip: {}, series: [{type: 'pie', radius: '65%',
    data: facets.facets.level.map(f => ({name: f.value || '(unknown)', value: f.count}))}]});
  const provinces = facets.facets.province.map(f => ({name: f.value || '(unknown)', value: f.count}));
  chart('chart-province', {tooltip: {}, grid: {left: 110}, xAxis: {type: 'value'},
    yAxis: {type: 'category', data: provinces.map(p => p.name).reverse()},
    series: [{type: 'bar', data: provinces.map(p => p.value).reverse(), itemStyle: {color: '#2563eb'}}]});
  const shares = [['按时公开 on time', compliance.onTimeShare]].concat(
    Object.entries(compliance.partShare).map(([part, share]) => [part, share]));
  chart('chart-compliance', {tooltip: {valueFormatter: v => v + '%'}, xAxis: {type: 'category', data: shares.map(s => s[0]),
    axisLabel: {interval: 0, rotate: 20}},
    yAxis: {type: 'value', max: 100}, series: [{type: 'bar', data: shares.map(s => s[1] == null ? 0 : +(s[1] * 100).toFixed(1)),
      itemStyle: {color: '#059669'}}]});
}

// How often analysts checked the engine on a key: confirmed, rejected, added.
function reviewLine(entry) {
  const r = (entry && entry.review) || {confirm: 0, reject: 0, set: 0};
  const checked = r.confirm + r.reject;
  return `分析员核查 Analysts: ${r.confirm} confirmed · ${r.reject} rejected · ${r.set} added by hand`
    + (checked ? ` — the engine was right on ${Math.round(100 * r.confirm / checked)}% of the figures checked` : '');
}

// How directly the engine read a figure (its confidence, contract's Confidence): each level's floor and what names
// the figure's concept at it, for the explorer's filter (at least this directly) and each row's column.
const READ_LEVELS = [[0.9, 'words before it'], [0.8, 'words after it'], [0, 'sentence topic']];
const READ_DIRECTLY = [['', '全部 every figure'], ['0.9', '前文措辞 words before it'],
  ['0.8', '前后文措辞 words before or after it']];
function readDirectly(confidence) {
  return typeof confidence === 'number' ? READ_LEVELS.find(([floor]) => confidence >= floor)[1] : '';
}

async function indicators() {
  const p = params();
  const cat = await indicatorCatalog();
  const facets = await api('/api/reports?facets=true&size=1');
  const key = p.get('key') || (cat.find(c => c.reports > 0) || cat[0]).key;
  const years = facets.facets.year.map(f => f.value).filter(y => y != null).sort((a, b) => b - a);
  const year = p.get('year') || '';
  const minConfidence = p.get('minConfidence') || '';
  view.innerHTML = `
    <div class="controls">
      <label>指标 Indicator <select id="indicator-select">${cat.map(c =>
        `<option value="${esc(c.key)}" ${c.key === key ? 'selected' : ''}>${esc(c.label)} (${esc(c.key)}, ${c.reports})</option>`).join('')}</select></label>
      <label>年度 Year <select id="year-select"><option value="">全部 all</option>${years.map(y =>
        `<option ${String(y) === year ? 'selected' : ''}>${esc(y)}</option>`).join('')}</select></label>
      <label>读取方式 Read <select id="confidence-select">${READ_DIRECTLY.map(([v, text]) =>
        `<option value="${v}" ${v === minConfidence ? 'selected' : ''}>${esc(text)}</option>`).join('')}</select></label>
    </div>
    <div id="indicator-result"><p class="muted">加载中…</p></div>`;
  const go = () => location.hash = `#/indicators?key=${encodeURIComponent(document.getElementById('indicator-select').value)}`
    + `&year=${encodeURIComponent(document.getElementById('year-select').value)}`
    + `&minConfidence=${encodeURIComponent(document.getElementById('confidence-select').value)}`;
  document.getElementById('indicator-select').onchange = go;
  document.getElementById('year-select').onchange = go;
  document.getElementById('confidence-select').onchange = go;
  const query = new URLSearchParams();
  if (year) query.set('year', year);
  if (minConfidence) query.set('minConfidence', minConfidence);
  const data = await api(`/api/indicators/${encodeURIComponent(key)}` + (query.toString() ? `?${query}` : ''));
  const rows = data.values;
  const s = data.statistics;
  const byProvince = {};
  rows.forEach(r => { const pr = (r.region && r.region.province) || '(unknown)'; (byProvince[pr] = byProvince[pr] || []).push(r.value); });
  const median = v => { const a = [...v].sort((x, y) => x - y); const n = a.length; return n % 2 ? a[(n - 1) / 2] : (a[n / 2 - 1] + a[n / 2]) / 2; };
  document.getElementById('indicator-result').innerHTML = rows.length === 0
    ? `<p class="muted" id="no-values">没有数据 No report states ${esc(label(key))}${year ? ' for ' + year : ''}.</p>` : `
    <p>${esc(label(key))}: ${s.count} reports · min ${s.min} · median ${s.median} · max ${s.max} ${esc(rows[0].unit)}</p>
    <p class="muted" id="review-counts">${reviewLine(cat.find(c => c.key === key))}</p>
    <div class="grid">
      <div class="card"><h2>排名 Ranking (click a bar to open the report)</h2><div id="indicator-chart" class="chart tall"></div></div>
      <div class="card"><h2>按省份 By province (median)</h2><div id="province-chart" class="chart tall"></div></div>
    </div>
    <div class="card"><h2>数据与出处 Values and their sentences</h2><table id="indicator-table"><tr><th>#</th><th>Authority</th><th>Year</th><th>Value</th><th>Sentence</th><th>Read</th></tr>
      ${rows.map(r => `<tr><td>${r.rank}</td><td><a class="report-link" href="#/report/${esc(r.reportId)}?mark=${r.start}">${esc(r.authority || r.reportId)}</a></td>
        <td>${esc(r.reportYear)}</td><td>${esc(r.value)} ${esc(r.unit)}</td><td>${esc(r.text)}</td><td class="muted">${esc(readDirectly(r.confidence))}</td></tr>`).join('')}</table></div>`;
  if (rows.length === 0) return;
  const top = rows.slice(0, 30).reverse();
  const c = chart('indicator-chart', {tooltip: {}, grid: {left: 170}, xAxis: {type: 'value'},
    yAxis: {type: 'category', data: top.map(r => (r.authority || r.reportId).slice(0, 14))},
    series: [{type: 'bar', data: top.map(r => r.value), itemStyle: {color: '#8c1c13'}}]});
  c.on('click', e => { const r = top[e.dataIndex]; location.hash = `#/report/${r.reportId}?mark=${r.start}`; });
  const provinces = Object.entries(byProvince).map(([name, v]) => [name, median(v)]).sort((a, b) => a[1] - b[1]);
  chart('province-chart', {tooltip: {}, grid: {left: 110}, xAxis: {type: 'value'}, yAxis: {type: 'category', data: provinces.map(p => p[0])},
    series: [{type: 'bar', data: provinces.map(p => p[1]), itemStyle: {color: '#2563eb'}}]});
}

function highlighted(text, indicators, active) {
  const spans = [...indicators].filter(i => typeof i.start === 'number' && i.start >= 0 && i.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let out = '', at = 0;
  for (const i of spans) {
    if (i.start < at) continue;
    out += esc(text.slice(at, i.start));
    out += `<mark class="${String(i.start) === active ? 'active' : ''}" data-key="${esc(i.key)}" title="${esc(label(i.key))}: ${esc(i.value)} ${esc(i.unit)}">`
      + esc(text.slice(i.start, i.end)) + '</mark>';
    at = i.end;
  }
  return out + esc(text.slice(at));
}

const REVIEW_STATUS = {extracted: '', confirmed: '<span class="badge yes">✓ confirmed</span>', corrected: '<span class="badge fix">✎ corrected</span>'};
let settings = null;

async function dashboardSettings() {
  if (!settings) settings = await api('/api/dashboard');
  return settings;
}

async function report(id) {
  await indicatorCatalog();
  const r = await api(`/api/reports/${encodeURIComponent(id)}`);
  const review = params().get('review') === '1';
  const region = r.region || {};
  const parts = r.parts || {};
  const c = r.compliance || {};
  const rv = r.review || {fields: {}, flagged: [], log: []};
  const fieldMark = f => rv.fields && rv.fields[f] ? ` <span class="badge fix" title="was: ${esc(rv.fields[f].before)}; by ${esc(rv.fields[f].by)}">✎</span>` : '';
  const here = `#/report/${esc(r.id)}`;
  view.innerHTML = `
    <div class="card"><h2 id="report-title">${esc(r.title || '(无标题 untitled)')}${fieldMark('title')}</h2>
      <p>${review ? `<a href="${here}" id="review-off">退出审核 Leave review</a>` : `<a href="${here}?review=1" id="review-on">审核 Review this report</a>`}
        ${r.sources && r.sources.length > 1 ? ` · <span class="muted">${r.sources.length} sources</span>` : ''}</p>
      <table>
        <tr><th>Authority</th><td>${esc(r.authority)}${fieldMark('authority')}</td><th>Level</th><td id="report-level">${esc(r.level)}${fieldMark('level')}</td></tr>
        <tr><th>Region</th><td>${esc([region.province, region.city, region.county, region.township].filter(Boolean).join(' / '))} ${esc(region.code || '')}${fieldMark('region')}</td>
            <th>Report year</th><td>${esc(r.reportYear)}${fieldMark('reportYear')}</td></tr>
        <tr><th>Published</th><td>${esc(r.publishedAt)}${fieldMark('publishedAt')} ${c.onTime === true ? '<span class="badge yes">on time</span>' : c.onTime === false ? '<span class="badge no">late</span>' : ''}</td>
            <th>Source</th><td>${r.source && r.source.url ? `<a href="${esc(r.source.url)}" rel="noreferrer" target="_blank">${esc(r.source.url)}</a>` : ''}</td></tr>
      </table>
      <p>${['measures', 'responsibility', 'problems', 'plans'].map(p => `<span class="badge ${parts[p] ? 'yes' : 'no'}">${p}</span>`).join('')}</p>
    </div>
    ${review ? reviewPanel(r) : ''}
    <div class="grid">
      <div class="card"><h2>指标 Indicators (${r.indicators.length})</h2><table id="report-indicators">
        <tr><th>Indicator</th><th>Value</th><th>Year</th><th>Sentence</th>${review ? '<th>Review</th>' : ''}</tr>
        ${r.indicators.map((i, n) => `<tr class="review-${esc(i.review)}"><td>${esc(label(i.key))} ${REVIEW_STATUS[i.review] || ''}</td>
          <td><a href="${here}?${review ? 'review=1&' : ''}mark=${i.start}">${esc(i.value)} ${esc(i.unit)}</a></td>
          <td>${esc(i.year)}</td><td>${esc(i.text)}</td>
          ${review ? `<td class="actions">${i.review === 'corrected' ? `<button data-n="${n}" data-do="withdraw-set">撤销 undo</button>`
            : i.review === 'confirmed' ? `<button data-n="${n}" data-do="withdraw-confirm">撤销 undo</button>`
            : `<button data-n="${n}" data-do="confirm" title="correct">✓</button><button data-n="${n}" data-do="reject" title="wrong">✗</button>`}</td>` : ''}</tr>`).join('')}</table>
        ${(r.rejectedIndicators || []).length ? `<h3>已否决 Rejected by an analyst</h3><table id="rejected-indicators">
          ${r.rejectedIndicators.map((i, n) => `<tr class="rejected"><td>${esc(label(i.key))}</td><td><s>${esc(i.value)} ${esc(i.unit)}</s></td><td>${esc(i.text)}</td>
          ${review ? `<td><button data-r="${n}" data-do="withdraw-reject">撤销 undo</button></td>` : ''}</tr>`).join('')}</table>` : ''}</div>
      <div class="card"><h2>正文 Text (every figure read is highlighted)</h2>
        <div class="report-text" id="report-text">${highlighted(r.text || '', r.indicators || [], params().get('mark'))}</div></div>
    </div>
    <div class="card" id="years"><h2>历年 This body's reports across the years</h2><p class="muted">加载中…</p></div>`;
  const active = document.querySelector('mark.active');
  if (active) active.scrollIntoView({block: 'center'});
  if (review) wireReview(r);
  let y;
  try {
    y = await api(`/api/reports/${encodeURIComponent(r.id)}/years`);
  } catch (e) { // the read model may not have this report yet: the page stands without the years
    document.getElementById('years').innerHTML = `<p class="muted">${esc(e.message)}</p>`;
    return;
  }
  const years = y.reports.map(p => p.reportYear);
  const keys = Object.keys(y.indicators);
  document.getElementById('years').innerHTML = `<h2>历年 This body's reports across the years (${y.reports.length})</h2>
    <p>${y.reports.map(p => p.id === r.id ? `<b>${esc(p.reportYear)}</b>`
      : `<a class="year-link" href="#/report/${esc(p.id)}">${esc(p.reportYear ?? '?')}</a>`).join(' · ')}</p>
    ${keys.length && y.reports.length > 1 ? `<table id="years-table"><tr><th>Indicator</th>${years.map(v => `<th>${esc(v)}</th>`).join('')}</tr>
      ${keys.map(k => `<tr><td>${esc(label(k))}</td>${y.reports.map(p => {
        const point = y.indicators[k].find(q => q.reportId === p.id);
        return `<td>${point ? esc(point.value) + ' ' + esc(point.unit || '') : ''}</td>`;
      }).join('')}</tr>`).join('')}</table>` : '<p class="muted">No other year of this body is here yet.</p>'}`;
}

function reviewPanel(r) {
  const region = r.region || {};
  const fields = [['title', r.title], ['authority', r.authority], ['reportYear', r.reportYear], ['publishedAt', r.publishedAt],
    ['region', region.code]];
  const flagged = (r.review && r.review.flagged) || [];
  return `<div class="card review" id="review-panel"><h2>审核 Review</h2>
    <div class="controls"><label>分析员密钥 Analyst key <input type="password" id="review-key" size="28"
      value="${esc(sessionStorage.getItem('fazhi-analyst-key') || '')}"></label>
      <span id="review-status" class="muted">✓ confirms a figure, ✗ rejects it; corrections survive re-extraction.</span></div>
    ${flagged.length ? `<p class="error" id="review-flagged">${flagged.length} correction(s) no longer match the text: ${flagged.map(f => esc(f.target) + ' (' + esc(f.reason) + ')').join('; ')}</p>` : ''}
    <table id="review-fields"><tr><th>Field</th><th>Value</th><th></th></tr>
      ${fields.map(([f, v]) => `<tr><td>${f}</td><td><input id="field-${f}" value="${esc(v ?? '')}" size="40"></td>
        <td><button data-field="${f}">保存 save</button></td></tr>`).join('')}
      <tr><td>level</td><td><select id="field-level">${['province', 'city', 'county', 'township', 'department'].map(l =>
        `<option ${l === r.level ? 'selected' : ''}>${l}</option>`).join('')}</select></td><td><button data-field="level">保存 save</button></td></tr>
    </table>
    <h3>补录 Add a figure the engine missed</h3>
    <div class="controls"><select id="set-key">${catalog.map(e => `<option value="${esc(e.key)}">${esc(e.label)}</option>`).join('')}</select>
      <input id="set-value" placeholder="数值 value" size="8"><input id="set-start" placeholder="start" size="5"><input id="set-end" placeholder="end" size="5">
      <button id="use-selection">用所选文字 use the selected text</button><button id="set-figure">补录 add</button></div>
  </div>`;
}

/** The selection's offsets in the report's text (the text div holds the text and its marks). */
function selectionOffsets() {
  const sel = window.getSelection();
  const box = document.getElementById('report-text');
  if (!sel.rangeCount || !box.contains(sel.anchorNode)) return null;
  const range = sel.getRangeAt(0);
  const before = document.createRange();
  before.setStart(box, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return {start, end: start + range.toString().length};
}

function wireReview(r) {
  const keyInput = document.getElementById('review-key');
  keyInput.onchange = () => sessionStorage.setItem('fazhi-analyst-key', keyInput.value);
  const status = document.getElementById('review-status');
  const send = async correction => {
    sessionStorage.setItem('fazhi-analyst-key', keyInput.value);
    status.textContent = '发送中 sending…';
    const before = (r.review && r.review.log || []).map(l => l.target + l.action + l.at).join();
    try {
      const {ingestUrl} = await dashboardSettings();
      const res = await fetch(`${ingestUrl}/api/reports/${encodeURIComponent(r.id)}/corrections`, {method: 'POST',
        headers: {'Content-Type': 'application/json', 'X-API-Key': keyInput.value}, body: JSON.stringify(correction)});
      const body = await res.json().catch(() => ({}));
      if (res.status !== 202) { status.textContent = `${res.status}: ${body.reason || res.statusText}`; status.className = 'error'; return; }
      status.textContent = '已记录 recorded; applying…';
      for (let i = 0; i < 40; i++) { // the read model applies it within a moment
        await new Promise(ok => setTimeout(ok, 250));
        const now = await api(`/api/reports/${encodeURIComponent(r.id)}`);
        if ((now.review && now.review.log || []).map(l => l.target + l.action + l.at).join() !== before) break;
      }
      await route();
      document.getElementById('review-status').textContent = '已应用 applied: ' + (correction.field || correction.key) + ' ' + correction.action;
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error';
    }
  };
  view.querySelectorAll('button[data-do]').forEach(b => b.onclick = () => {
    const i = b.dataset.n != null ? r.indicators[+b.dataset.n] : r.rejectedIndicators[+b.dataset.r];
    if (b.dataset.do === 'withdraw-set') send({action: 'withdraw', key: i.key});
    else if (b.dataset.do === 'withdraw-reject' || b.dataset.do === 'withdraw-confirm') send({action: 'withdraw', key: i.key, value: i.value});
    else send({action: b.dataset.do, key: i.key, value: i.value});
  });
  view.querySelectorAll('button[data-field]').forEach(b => b.onclick = () => {
    const f = b.dataset.field;
    send({action: 'set', field: f, value: document.getElementById('field-' + f).value});
  });
  document.getElementById('use-selection').onclick = () => {
    const o = selectionOffsets();
    if (o) { document.getElementById('set-start').value = o.start; document.getElementById('set-end').value = o.end; }
  };
  document.getElementById('set-figure').onclick = () => send({action: 'set', key: document.getElementById('set-key').value,
    value: document.getElementById('set-value').value, start: +document.getElementById('set-start').value,
    end: +document.getElementById('set-end').value});
}

async function search() {
  const p = params();
  const q = p.get('q') || '';
  view.innerHTML = `
    <form class="controls" id="search-form">
      <input id="search-q" name="q" placeholder="例如 调解成功率" value="${esc(q)}" size="30">
      <input name="province" placeholder="省份 province" value="${esc(p.get('province') || '')}" size="10">
      <input name="year" placeholder="年度 year" value="${esc(p.get('year') || '')}" size="6">
      <select name="level"><option value="">层级 any level</option>${['province', 'city', 'county', 'township', 'department'].map(l =>
        `<option ${p.get('level') === l ? 'selected' : ''}>${l}</option>`).join('')}</select>
      <button>检索 Search</button>
    </form><div id="search-results"></div>`;
  document.getElementById('search-form').onsubmit = e => {
    e.preventDefault();
    const f = new URLSearchParams(new FormData(e.target));
    [...f.keys()].forEach(k => { if (!f.get(k)) f.delete(k); });
    location.hash = '#/search?' + f.toString();
  };
  if (!q) return;
  const query = new URLSearchParams([...p.entries()].filter(([, v]) => v));
  const data = await api('/api/search?' + query.toString());
  document.getElementById('search-results').innerHTML = `<p>${data.total} reports</p>` + data.items.map(h => `
    <div class="card"><a href="#/report/${esc(h.id)}?mark=${h.snippets[0] ? h.snippets[0].start : ''}"><b>${esc(h.title || h.authority || h.id)}</b></a>
      <span class="muted">${esc(h.authority)} · ${esc(h.reportYear)} · ${esc(h.level)}</span>
      ${h.snippets.map(s => `<p class="snippet">…${esc(s.text).replace('«', '<mark>').replace('»', '</mark>')}…</p>`).join('')}</div>`).join('');
}

// On-time share as a colour: red at 0, yellow at one half, green at 1; grey where no report has a date.
function shareColour(share) {
  return share == null ? '#e5e7eb' : `hsl(${Math.round(share * 120)}, 62%, 52%)`;
}

async function complianceMap() {
  const p = params();
  const year = p.get('year') || '', level = p.get('level') || '', province = p.get('province') || '';
  const query = new URLSearchParams();
  if (year) query.set('year', year);
  if (level) query.set('level', level);
  const [tiles, facets, c] = await Promise.all([fetch('/tiles.json').then(r => r.json()),
    api('/api/reports?facets=true&size=1'), api('/api/compliance?' + query)]);
  const years = facets.facets.year.map(f => f.value).filter(y => y != null).sort((a, b) => b - a);
  const link = (prov) => '#/compliance?' + new URLSearchParams([['year', year], ['level', level], ['province', prov]]
    .filter(([, v]) => v)).toString();
  const late = c.late.filter(r => !province || (r.region && r.region.province) === province)
    .sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0));
  view.innerHTML = `
    <div class="controls">
      <label>年度 Report year <select id="compliance-year"><option value="">全部 all</option>${years.map(y =>
        `<option ${String(y) === year ? 'selected' : ''}>${esc(y)}</option>`).join('')}</select></label>
      <label>层级 Level <select id="compliance-level"><option value="">全部 all</option>${['province', 'city', 'county', 'township', 'department'].map(l =>
        `<option ${l === level ? 'selected' : ''}>${l}</option>`).join('')}</select></label>
      <span class="muted">按时公开 on time (by 31 March of the next year), of the reports with a publication date:
        <span class="legend" style="background:${shareColour(0)}">0%</span><span class="legend" style="background:${shareColour(0.5)}">50%</span>
        <span class="legend" style="background:${shareColour(1)}">100%</span><span class="legend" style="background:${shareColour(null)}">no date</span></span>
    </div>
    <div class="grid">
      <div class="card"><h2>各省按时公开 On-time share by province (click a square)</h2>
        <div class="tilemap" id="tile-map">${tiles.tiles.map(t => {
          const b = c.byProvince[t.province];
          const share = b ? b.onTimeShare : null;
          return `<a class="tile ${t.province === province ? 'selected' : ''}" data-province="${esc(t.province)}" href="${link(t.province)}"
            style="grid-column:${t.col + 1};grid-row:${t.row + 1};background:${shareColour(share)}"
            title="${esc(t.province)}: ${b ? b.onTime + '/' + b.withPublicationDate + ' on time, ' + b.reports + ' reports' : 'no reports'}">
            <b>${esc(t.short)}</b><span>${share == null ? '—' : Math.round(share * 100) + '%'}</span><small>${b ? b.reports : 0}</small></a>`;
        }).join('')}</div>
        <p class="muted">${c.reports} reports · ${c.onTime}/${c.withPublicationDate} on time${c.onTimeShare == null ? '' : ' (' + (c.onTimeShare * 100).toFixed(1) + '%)'}</p></div>
      <div class="card"><h2>逾期公开 Published late${province ? ' · ' + esc(province) + ` <a href="${link('')}">(all)</a>` : ''} (${late.length})</h2>
        <table id="late-table"><tr><th>Authority</th><th>Level</th><th>Year</th><th>Published</th><th>Deadline</th><th>Days late</th></tr>
        ${late.map(r => `<tr><td><a href="#/report/${esc(r.id)}">${esc(r.authority || r.id)}</a></td><td>${esc(r.level)}</td>
          <td>${esc(r.reportYear)}</td><td>${esc(r.publishedAt)}</td><td>${esc(r.deadline)}</td><td class="days-late">${esc(r.daysLate)}</td></tr>`).join('')}</table></div>
    </div>`;
  const go = () => location.hash = '#/compliance?' + new URLSearchParams([['year', document.getElementById('compliance-year').value],
    ['level', document.getElementById('compliance-level').value], ['province', province]].filter(([, v]) => v)).toString();
  document.getElementById('compliance-year').onchange = go;
  document.getElementById('compliance-level').onchange = go;
}

async function route() {
  charts.splice(0).forEach(c => c.dispose());
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  try {
    if (path.startsWith('/report/')) await report(decodeURIComponent(path.slice('/report/'.length)));
    else if (path === '/indicators') await indicators();
    else if (path === '/search') await search();
    else if (path === '/compliance') await complianceMap();
    else await overview();
  } catch (e) {
    view.innerHTML = `<p class="error">${esc(e.message)}</p>`;
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
route();
