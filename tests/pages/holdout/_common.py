"""Shared furniture for the hand-built holdout pages (see build_pages.py).

Nothing here is a list item: badges, counters, clocks and footers are the noise every
government template carries around its column list.
"""

from __future__ import annotations


def conac(path: str) -> str:
    return (
        '<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E'
        f"%3Cscript src='http://dcs.conac.cn/js/{path}' type='text/javascript'%3E%3C/script%3E\"));</script>"
    )


def conac_rendered(ident: str) -> str:
    return (
        f'<span id="_ideConac"><a href="//bszs.conac.cn/sitename?method=show&amp;id={ident}" target="_blank">'
        '<img id="imgConac" vspace="0" hspace="0" border="0" src="//dcs.conac.cn/image/red.png" data-bd-imgshare-binded="1"></a></span>'
    )


def jiucuo(sitecode: str, new: bool = False) -> str:
    src = "https://zfwzgl.www.gov.cn/exposure/jiucuo.js" if new else "http://pucha.kaipuyun.cn/exposure/jiucuo.js"
    return f"<script id=\"_jiucuo_\" sitecode='{sitecode}' src='{src}'></script>"


def baidu(key: str) -> str:
    return (
        "<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n"
        f'  hm.src = "https://hm.baidu.com/hm.js?{key}";\n'
        '  var s = document.getElementsByTagName("script")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n</script>'
    )


CLOCK_JS = """<script type="text/javascript">
var today = new Date();
var week = ["星期日","星期一","星期二","星期三","星期四","星期五","星期六"];
document.write("今天是" + today.getFullYear() + "年" + (today.getMonth()+1) + "月" + today.getDate() + "日 " + week[today.getDay()]);
</script>"""

RUN_DAYS_JS = """<script>
function runDays(){var s=new Date("2009/03/01 00:00:00");var n=new Date();var d=Math.floor((n-s)/86400000);
document.getElementById("rundays").innerHTML="本站已安全运行"+d+"天";}
runDays();
</script>"""


def beian(icp: str, gongan: str, prov: str) -> str:
    return (
        f'<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>&nbsp;&nbsp;'
        f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={gongan}" target="_blank">'
        f'<img src="/images/ga.png" alt="">{prov}公网安备{gongan}号</a>'
    )
