/* global document, location */
(function () {
  if (location.protocol !== 'file:') return;
  var box = document.createElement('main');
  box.setAttribute('data-testid', 'file-notice');
  box.style.cssText = 'max-width:44rem;margin:3rem auto';
  [
    ['h1', 'zh-CN', 'FundWatch 需要通过网页服务器打开'],
    ['p', 'zh-CN', '直接双击 index.html（file://）时浏览器不运行本看板。请在本文件夹中运行：'],
    ['pre', '', 'python3 -m http.server 8080\n→ http://127.0.0.1:8080/'],
    ['p', 'en', 'Opened from disk (file://), the browser does not run FundWatch: serve this folder as above. An exported HTML report opens from disk.'],
  ].forEach(function (part) {
    var el = document.createElement(part[0]);
    if (part[1]) el.lang = part[1];
    el.textContent = part[2];
    box.appendChild(el);
  });
  document.body.replaceChildren(box);
})();
