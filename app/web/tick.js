// Ticks are kept in this browser only; the page works without this.
(function(){var k="codesafety:"+location.pathname+":";
document.querySelectorAll("input[data-step]").forEach(function(b){
try{var v=localStorage.getItem(k+b.dataset.step);if(v!==null)b.checked=v==="1"}catch(e){}
b.addEventListener("change",function(){try{localStorage.setItem(k+b.dataset.step,b.checked?"1":"0")}catch(e){}})});
var l=location;if("serviceWorker"in navigator&&(l.protocol==="https:"||l.protocol==="http:"&&/^(localhost|127\.0\.0\.1)$/.test(l.hostname)))navigator.serviceWorker.register("../sw.js",{scope:"../"}).catch(function(){})})();
