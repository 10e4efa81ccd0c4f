'use strict';
// The dashboard: plain JavaScript over the query API, charts by ECharts (served from the jar). Views by URL hash:
// #/ overview · #/indicators?key=&year= · #/report/ID · #/search?q=&province=&year=&level=

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

async function indicators() {
  const p = params();
  const cat = await indicatorCatalog();
  const facets = await api('/api/reports?facets=true&size=1');
  const key = p.get('key') || (cat.find(c => c.reports > 0) || cat[0]).key;
  const years = facets.facets.year.map(f => f.value).filter(y => y != null).sort((a, b) => b - a);
  const year = p.get('year') || '';
  view.innerHTML = `
    <div class="controls">
      <label>指标 Indicator <select id="indicator-select">${cat.map(c =>
        `<option value="${esc(c.key)}" ${c.key === key ? 'selected' : ''}>${esc(c.label)} (${esc(c.key)}, ${c.reports})</option>`).join('')}</select></label>
      <label>年度 Year <select id="year-select"><option value="">全部 all</option>${years.map(y =>
        `<option ${String(y) === year ? 'selected' : ''}>${y}</option>`).join('')}</select></label>
    </div>
    <div id="indicator-result"><p class="muted">加载中…</p></div>`;
  const go = () => location.hash = `#/indicators?key=${encodeURIComponent(document.getElementById('indicator-select').value)}`
    + `&year=${encodeURIComponent(document.getElementById('year-select').value)}`;
  document.getElementById('indicator-select').onchange = go;
  document.getElementById('year-select').onchange = go;
  const data = await api(`/api/indicators/${encodeURIComponent(key)}` + (year ? `?year=${year}` : ''));
  const rows = data.values;
  const s = data.statistics;
  const byProvince = {};
  rows.forEach(r => { const pr = (r.region && r.region.province) || '(unknown)'; (byProvince[pr] = byProvince[pr] || []).push(r.value); });
  const median = v => { const a = [...v].sort((x, y) => x - y); const n = a.length; return n % 2 ? a[(n - 1) / 2] : (a[n / 2 - 1] + a[n / 2]) / 2; };
  document.getElementById('indicator-result').innerHTML = rows.length === 0
    ? `<p class="muted" id="no-values">没有数据 No report states ${esc(label(key))}${year ? ' for ' + year : ''}.</p>` : `
    <p>${esc(label(key))}: ${s.count} reports · min ${s.min} · median ${s.median} · max ${s.max} ${esc(rows[0].unit)}</p>
    <div class="grid">
      <div class="card"><h2>排名 Ranking (click a bar to open the report)</h2><div id="indicator-chart" class="chart tall"></div></div>
      <div class="card"><h2>按省份 By province (median)</h2><div id="province-chart" class="chart tall"></div></div>
    </div>
    <div class="card"><h2>数据与出处 Values and their sentences</h2><table id="indicator-table"><tr><th>#</th><th>Authority</th><th>Year</th><th>Value</th><th>Sentence</th></tr>
      ${rows.map(r => `<tr><td>${r.rank}</td><td><a class="report-link" href="#/report/${esc(r.reportId)}?mark=${r.start}">${esc(r.authority || r.reportId)}</a></td>
        <td>${esc(r.reportYear)}</td><td>${esc(r.value)} ${esc(r.unit)}</td><td>${esc(r.text)}</td></tr>`).join('')}</table></div>`;
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
  const spans = [...indicators].filter(i => i.start >= 0 && i.end <= text.length).sort((a, b) => a.start - b.start);
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

async function report(id) {
  await indicatorCatalog();
  const r = await api(`/api/reports/${encodeURIComponent(id)}`);
  const region = r.region || {};
  const parts = r.parts || {};
  const c = r.compliance || {};
  view.innerHTML = `
    <div class="card"><h2 id="report-title">${esc(r.title || '(无标题 untitled)')}</h2>
      <table>
        <tr><th>Authority</th><td>${esc(r.authority)}</td><th>Level</th><td>${esc(r.level)}</td></tr>
        <tr><th>Region</th><td>${esc([region.province, region.city, region.county, region.township].filter(Boolean).join(' / '))} ${esc(region.code || '')}</td>
            <th>Report year</th><td>${esc(r.reportYear)}</td></tr>
        <tr><th>Published</th><td>${esc(r.publishedAt)} ${c.onTime === true ? '<span class="badge yes">on time</span>' : c.onTime === false ? '<span class="badge no">late</span>' : ''}</td>
            <th>Source</th><td>${r.source && r.source.url ? `<a href="${esc(r.source.url)}" rel="noreferrer" target="_blank">${esc(r.source.url)}</a>` : ''}</td></tr>
      </table>
      <p>${['measures', 'responsibility', 'problems', 'plans'].map(p => `<span class="badge ${parts[p] ? 'yes' : 'no'}">${p}</span>`).join('')}</p>
    </div>
    <div class="grid">
      <div class="card"><h2>指标 Indicators (${r.indicators.length})</h2><table id="report-indicators">
        <tr><th>Indicator</th><th>Value</th><th>Year</th><th>Sentence</th></tr>
        ${r.indicators.map(i => `<tr><td>${esc(label(i.key))}</td><td><a href="#/report/${esc(id)}?mark=${i.start}">${esc(i.value)} ${esc(i.unit)}</a></td>
          <td>${esc(i.year)}</td><td>${esc(i.text)}</td></tr>`).join('')}</table></div>
      <div class="card"><h2>正文 Text (every figure read is highlighted)</h2>
        <div class="report-text" id="report-text">${highlighted(r.text || '', r.indicators || [], params().get('mark'))}</div></div>
    </div>`;
  const active = document.querySelector('mark.active');
  if (active) active.scrollIntoView({block: 'center'});
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

async function route() {
  charts.splice(0).forEach(c => c.dispose());
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  try {
    if (path.startsWith('/report/')) await report(decodeURIComponent(path.slice('/report/'.length)));
    else if (path === '/indicators') await indicators();
    else if (path === '/search') await search();
    else await overview();
  } catch (e) {
    view.innerHTML = `<p class="error">${esc(e.message)}</p>`;
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
route();
