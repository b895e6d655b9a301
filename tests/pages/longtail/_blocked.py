"""Cloud WAF / anti-bot pages and stock 404 pages, all as served with status 200."""

from __future__ import annotations


def aliyun_waf() -> tuple[str, str, str]:
    # 阿里云 WAF block page (访问被阻断, 请求ID, errors.aliyun.com assets). blocked.
    html = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>405</title>
<style>
body{margin:0;padding:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#fff}
.wrap{width:780px;margin:120px auto 0}
.err-img{float:left;width:300px;height:240px;background:url(https://errors.aliyun.com/images/TB15QGaHpXXXXXXaXXXXXXXXXXX-400-300.png) no-repeat}
.err-txt{margin-left:340px;padding-top:40px}
.err-txt h3{font-size:20px;color:#333;font-weight:normal}
.err-txt p{font-size:14px;color:#666;line-height:24px}
</style>
</head>
<body>
<div class="wrap">
  <div class="err-img"></div>
  <div class="err-txt">
    <h3>很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</h3>
    <p>您的请求ID是: <strong>0b8a4f1c17644682731845823e1d2a</strong></p>
    <p>如您是网站管理员，请登录阿里云Web应用防火墙控制台，根据请求ID查询拦截详情。</p>
  </div>
</div>
<script>
  var i18n = { "zh-cn": { "title": "很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。" } };
  document.cookie = "acw_tc=0b8a4f1c17644682731845823e1d2a;path=/;max-age=1800";
</script>
</body>
</html>
"""
    return "blocked/aliyun_waf.html", html, "utf-8"


def tencent_waf() -> tuple[str, str, str]:
    # 腾讯云 WAF interception page (请求已被拦截, 拦截事件ID, 腾讯云Web应用防火墙). blocked.
    html = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>501 Not Implemented</title>
<link rel="stylesheet" href="https://imgcache.qq.com/qcloud/security/static/404style.css">
</head>
<body>
<div class="page">
  <div class="main">
    <img class="logo" src="https://imgcache.qq.com/qcloud/security/static/imgs/attackIntercept.svg" alt="">
    <h1>抱歉，您的访问请求可能对网站造成安全威胁，请求已被拦截。</h1>
    <p class="tips">拦截事件ID：<span id="eventID">36d9f0a1b2c34e5f8a9b0c1d2e3f4a5b-1764468251</span></p>
    <p class="tips">拦截时间：<span id="time">2025-11-30 10:04:11</span></p>
    <p class="tips">如果您是网站管理员，<a href="https://cloud.tencent.com/document/product/627/43342" target="_blank">点击查看如何处理</a></p>
  </div>
  <div class="footer">本页面由 <a href="https://cloud.tencent.com/product/waf" target="_blank">腾讯云Web应用防火墙</a> 提供安全防护</div>
</div>
</body>
</html>
"""
    return "blocked/tencent_waf.html", html, "utf-8"


def huawei_waf() -> tuple[str, str, str]:
    # 华为云 WAF page (您的请求疑似攻击行为, 事件ID). blocked.
    html = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>WAF</title>
<style>
html,body{height:100%;margin:0}.box{position:absolute;top:40%;left:50%;transform:translate(-50%,-50%);text-align:center;color:#4e5865;font-family:"PingFang SC","Microsoft YaHei"}
.box h2{font-size:22px;color:#252b3a}.box p{font-size:14px;line-height:26px}
</style>
</head>
<body>
<div class="box">
  <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" width="160" alt="">
  <h2>您的请求疑似攻击行为！</h2>
  <p>事件ID：<span>02-dba7a3c1-2f4e-4d1b-9c0a-8e5b7f6a1d23</span></p>
  <p>如果您是网站管理员，请登录华为云WAF控制台，在防护事件中查看该请求的拦截原因。</p>
</div>
</body>
</html>
"""
    return "blocked/huawei_waf.html", html, "utf-8"


def f5_asm() -> tuple[str, str, str]:
    # F5 BIG-IP ASM stock rejection page. blocked.
    html = """<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 11895207384961527342<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>"""
    return "blocked/f5_asm.html", html, "utf-8"


def ruishu_challenge() -> tuple[str, str, str]:
    # 瑞数-style challenge: random-id meta, $_ts bootstrap, external obfuscated js, EMPTY body (no noscript text). blocked.
    html = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Expires" content="0">
<meta http-equiv="Cache-Control" content="no-cache">
<meta http-equiv="Pragma" content="no-cache">
<meta id="W8gQkfVzLpbA" content="{qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq.k7Dl3aZ1mG6oJ2yT8cQfHnVb0rXeW4sPu9tKiA5hOxCgBdRjLEMNzIYS3yUvFwp" r='m'>
<script type="text/javascript" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=56423;$_ts.cd="qEkqrrAlDqGcqqA3cq9hDGAmqk3CcaA7ra3qDGLlqc3lcqAqcc3aEsqqWalEEqqqWqARrAqlhqAcqqqqqaGSrAl0qqqkEAfJcAa6hqL6kOqbiEZcqE3EJqEqqU0kDsqQxqq.";if($_ts.lcd)$_ts.lcd();</script>
<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js" r='m'></script>
</head>
<body>
<script type="text/javascript" r="m">_$kp();</script>
</body>
</html>
"""
    return "blocked/ruishu_challenge.html", html, "utf-8"


def safedog() -> tuple[str, str, str]:
    # 安全狗 网站防火墙 interception page (GBK, as its IIS module serves it). blocked.
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>网站防火墙</title>
<style>
p{line-height:20px}ul{list-style-type:none}li{list-style-type:none}
.rect{width:790px;margin:40px auto;border:1px solid #d1dfed}.rect h2{font-size:16px;color:#0061c6;padding:0 0 0 100px}
</style>
</head>
<body style="padding:0;margin:0;font:14px/1.5 Microsoft Yahei,宋体,sans-serif;color:#555;">
<div style="margin:0 auto;width:1000px;padding-top:70px;overflow:hidden;">
  <div style="width:600px;float:left;">
    <div style="height:40px;line-height:40px;color:#fff;font-size:16px;overflow:hidden;background:#6bb3f6;padding-left:20px;">网站防火墙</div>
    <div style="border:1px dashed #cdcece;border-top:none;font-size:14px;background:#fff;color:#555;line-height:24px;height:220px;padding:20px 20px 0 20px;overflow-y:auto;background:#f3f7f9;">
      <p style="margin-top:0px;margin-bottom:0px;margin-left:0px;margin-right:0px;font-weight:600;color:#fc4f03;">您的请求带有不合法参数，已被网站管理员设置拦截！</p>
      <p style="margin-top:0px;margin-bottom:0px;margin-left:0px;margin-right:0px;">可能原因：您提交的内容包含危险的攻击请求</p>
      <p style="margin-top:12px;margin-bottom:12px;margin-left:0px;margin-right:0px;">如何解决：</p>
      <ul style="margin-top:0px;margin-bottom:0px;margin-left:0px;margin-right:0px;padding-left:0px;">
        <li>1）检查提交内容；</li>
        <li>2）如网站托管，请联系空间提供商；</li>
        <li>3）普通网站访客，请联系网站管理员；</li>
      </ul>
    </div>
  </div>
  <div style="width:380px;float:right;"><a href="http://www.safedog.cn/?from=interceptpage" target="_blank"><img src="http://404.safedog.cn/images/safedogsite/head.png" width="300" alt="网站安全狗" /></a></div>
</div>
</body>
</html>
"""
    return "blocked/safedog.html", html, "gbk"


def yunsuo() -> tuple[str, str, str]:
    # 云锁 interception page (当前访问疑似黑客攻击，已被网站管理员设置为拦截). blocked.
    html = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>访问拦截</title>
<style>
body{background:#f5f5f5;font-family:"Microsoft YaHei"}.yunsuo_content{width:680px;margin:100px auto;background:#fff;border-radius:4px;padding:40px;text-align:center}
.yunsuo_content h1{font-size:22px;color:#e74c3c}.yunsuo_content p{color:#666;font-size:14px}
</style>
</head>
<body>
<div class="yunsuo_content">
  <img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="120" height="120" alt="">
  <h1>当前访问疑似黑客攻击，已被网站管理员设置为拦截</h1>
  <p>您的IP：117.158.23.45　　拦截时间：2025-11-30 10:16:08</p>
  <p>如果您是网站管理员，请登录云锁控制台查看拦截日志。</p>
  <p class="power">网站防护由 <a href="http://www.yunsuo.com.cn/" target="_blank">云锁</a> 提供</p>
</div>
</body>
</html>
"""
    return "blocked/yunsuo.html", html, "utf-8"


def iis_404() -> tuple[str, str, str]:
    # IIS 7.5 stock 404 page (Chinese), served 200. soft404.
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>
<title>404 - 找不到文件或目录。</title>
<style type="text/css">
<!--
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
h1{font-size:2.4em;margin:0;color:#FFF;}
h2{font-size:1.7em;margin:0;color:#CC0000;}
h3{font-size:1.2em;margin:10px 0 0 0;color:#000000;}
#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;
background-color:#555555;}
#content{margin:0 0 0 2%;position:relative;}
.content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}
-->
</style>
</head>
<body>
<div id="header"><h1>服务器错误</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - 找不到文件或目录。</h2>
  <h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3>
 </fieldset></div>
</div>
</body>
</html>
"""
    return "stock404/iis_404.html", html, "gbk"


def tomcat_404() -> tuple[str, str, str]:
    # Tomcat 8.5 stock 404 (Chinese locale), served 200. soft404.
    html = """<!doctype html><html lang="zh"><head><title>HTTP状态 404 - 未找到</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP状态 404 - 未找到</h1><hr class="line" /><p><b>类型</b> 状态报告</p><p><b>消息</b> &#47;xxgk&#47;tzgg&#47;list.jsp</p><p><b>描述</b> 源服务器未能找到目标资源的表示或者是不愿公开一个已经存在的资源表示。</p><hr class="line" /><h3>Apache Tomcat/8.5.81</h3></body></html>"""
    return "stock404/tomcat_404.html", html, "utf-8"


def nginx_404() -> tuple[str, str, str]:
    # nginx stock 404 body served with 200 (padding comments as nginx adds for MSIE). soft404.
    html = """<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx/1.20.1</center>
</body>
</html>
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
"""
    return "stock404/nginx_404.html", html, "utf-8"


PAGES = [aliyun_waf, tencent_waf, huawei_waf, f5_asm, ruishu_challenge, safedog, yunsuo, iis_404, tomcat_404, nginx_404]
