/* global document, location */
// Opened from disk (a double-clicked index.html, file://), a browser refuses
// the app's module scripts and its stylesheet (a page of origin "null" may not
// load them), and the page stayed on "正在启动分析引擎…" forever with the logo
// filling the window. This classic script is the one thing such a page still
// runs: it says why, and how to open the folder. Served over http it does nothing.
(function () {
  if (location.protocol !== 'file:') return;
  var box = document.createElement('main');
  box.setAttribute('data-testid', 'file-notice');
  box.setAttribute('style', 'max-width:44rem;margin:3rem auto;padding:0 1.25rem;font:16px/1.7 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2933');
  var parts = [
    ['h1', 'zh-CN', 'FundWatch 需要通过网页服务器打开'],
    ['p', 'zh-CN', '直接双击 index.html（地址以 file:// 开头）时，浏览器出于安全规定不运行本看板的程序，所以页面停在“正在启动分析引擎…”。数据仍只在本机处理，打开方式任选其一：'],
    ['pre', '', 'cd 本文件夹\npython3 -m http.server 8080      # 或：npx vite preview --outDir . --port 8080\n然后在浏览器打开 http://127.0.0.1:8080/'],
    ['p', 'zh-CN', '只需分享结果时，用看板的“报告”页导出单个 HTML 文件：它可以直接双击打开，离线可读、可打印。'],
    ['h2', 'en', 'FundWatch needs to be opened through a web server'],
    ['p', 'en', 'Opened from disk (an address starting with file://), the browser does not run the dashboard\u2019s program, for security, so the page stays on \u201cstarting the engine\u201d. Serve this folder (the commands above, then open http://127.0.0.1:8080/); your data still stays on this machine. To share results, export the single-file HTML report from the Report page: it opens from disk, offline.'],
  ];
  for (var i = 0; i < parts.length; i++) {
    var el = document.createElement(parts[i][0]);
    if (parts[i][1]) el.setAttribute('lang', parts[i][1]);
    el.textContent = parts[i][2];
    if (parts[i][0] === 'pre') el.setAttribute('style', 'background:#f1f4f8;padding:.75rem 1rem;border-radius:6px;white-space:pre-wrap;font-size:14px');
    if (parts[i][0] === 'h1') el.setAttribute('style', 'font-size:1.5rem;margin:0 0 .5rem');
    if (parts[i][0] === 'h2') el.setAttribute('style', 'font-size:1.2rem;margin:2rem 0 .25rem');
    box.appendChild(el);
  }
  document.title = 'FundWatch · 请通过网页服务器打开 · Open through a web server';
  document.body.replaceChildren(box);
})();
