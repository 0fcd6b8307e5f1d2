// 宣传门户: the print view's 打印 button (no inline handlers: the content security policy allows only our scripts)
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-print]");
  if (button) {
    window.print();
  }
});
