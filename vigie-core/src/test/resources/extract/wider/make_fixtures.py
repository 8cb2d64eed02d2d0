#!/usr/bin/env python3
"""Writes the wider-web extraction fixtures: each main text of contents.py dressed in each CMS
template below (Blogger, WordPress, a news site with a mega-menu, bare paragraphs, a script shell
with JSON-LD, an institutional page with <main>), NAME.html beside NAME.txt (the expected main
text, one paragraph or list item a line). Some pages are written as UTF-8 mislabelled
ISO-8859-1, or unlabelled. Run from this folder; the output is committed."""
import html, json, random
from contents import CONTENTS

R = random.Random(19)
SECTIONS = ["Politique", "Économie", "Société", "Sport", "Culture", "Santé", "Éducation", "Monde",
            "Afrique", "Sahel", "Tech", "Agriculture", "Environnement", "Opinions", "Vidéos"]
SIDEBAR = [
  "Bienvenue sur mon blog, je partage ici mes voyages, mes recettes et mes coups de cœur.",
  "Inscrivez-vous à la lettre d'information pour recevoir chaque article dans votre boîte mail.",
  "Tous les contenus de ce site sont protégés, merci de demander l'autorisation avant toute reproduction.",
]
COMMENTS = [
  "Merci pour cet article très complet, je le partage avec toute ma famille.",
  "Je ne suis pas d'accord avec la conclusion, la situation est bien plus compliquée sur le terrain.",
  "Est-ce que vous pourriez écrire une suite sur ce sujet dans les prochaines semaines ?",
  "Bravo pour votre travail, on attend la suite avec impatience depuis Thiès.",
]
FOOTER = "© 2026 Tous droits réservés. Reproduction interdite sans accord écrit de la rédaction."
e = html.escape

def body_html(c):
  slug, lang, title, paras, items, kind = c
  out = [f"<p>{e(p)}</p>" for p in paras]
  if items:
    if kind == "recipe":
      ing = [i for i in items if not i.endswith(".")]
      steps = [i for i in items if i.endswith(".")]
      h1, h2 = ("Ingredients", "Method") if lang == "en" else ("Ingrédients", "Préparation")
      out.append(f"<h2>{h1}</h2><ul class=\"ingredients\">" + "".join(f"<li>{e(i)}</li>" for i in ing) + "</ul>")
      out.append(f"<h2>{h2}</h2><ol class=\"steps\">" + "".join(f"<li>{e(i)}</li>" for i in steps) + "</ol>")
    else:
      out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
  return "\n".join(out)

def expected(c):
  slug, lang, title, paras, items, kind = c
  lines = list(paras)
  if items:
    if kind == "recipe":
      lines.append("Ingredients" if lang == "en" else "Ingrédients")
      lines += [i for i in items if not i.endswith(".")]
      lines.append("Method" if lang == "en" else "Préparation")
      lines += [i for i in items if i.endswith(".")]
    else:
      lines += items
  return "\n".join(lines) + "\n"

def links(n, prefix="/rubrique/"):
  return "".join(f"<li><a href=\"{prefix}{i}\">{e(R.choice(SECTIONS))} {i}</a></li>" for i in range(n))

def related():
  return ("<div class=\"related-posts\"><h3>À lire aussi</h3><ul>" +
          "".join(f"<li><a href=\"/a/{i}\">{e(R.choice(SECTIONS))} : le point sur la semaine {i}</a></li>" for i in range(8)) +
          "</ul></div>")

def comments():
  return "".join(f"<div class=\"comment\"><p><b>Lecteur {i}</b> a dit :</p><p>{e(t)}</p></div>"
                 for i, t in enumerate(COMMENTS))

def head(c, charset="utf-8", extra=""):
  meta = f"<meta charset=\"{charset}\">" if charset else ""
  return f"<!DOCTYPE html><html lang=\"{c[1]}\"><head>{meta}<title>{e(c[2])} | Site</title>{extra}</head>"

def blogger(c):
  return head(c) + f"""<body><div class="navbar section"><div class="widget Navbar"></div></div>
<div class="content-outer"><div class="main-inner"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>lundi 7 décembre 2026</span></h2>
<div class="post-outer"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">{e(c[2])}</h3>
<div class="post-body entry-content" id="post-body-1" itemprop="description articleBody">
{body_html(c)}
</div><div class="post-footer">Publié par Awa à 10:12 <span class="post-labels">Libellés : <a href="/l/1">voyage</a>, <a href="/l/2">Afrique</a></span></div>
</div><div class="comments" id="comments"><h4>4 commentaires :</h4>{comments() * 3}</div></div></div></div></div></div>
</div></div><div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile"><h2>Qui suis-je ?</h2><p>{e(SIDEBAR[0])} {e(SIDEBAR[1])}</p><p>{e(SIDEBAR[2])}</p></div>
<div class="widget BlogArchive"><h2>Archives du blog</h2><ul>{links(60, "/archive/")}</ul></div>
<div class="widget PopularPosts"><ul>{links(20, "/pop/")}</ul></div></div></div></div>
<div class="footer-outer"><p>{e(FOOTER)}</p><p>Thème Simple. Fourni par Blogger.</p></div></body></html>"""

def wordpress(c):
  return head(c) + f"""<body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Le Carnet</a></p>
<p class="site-description">Un regard indépendant sur l'actualité de la sous-région depuis 2012.</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{links(40)}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard hentry category-actualite tag-afrique tag-societe">
<header class="entry-header"><h1 class="entry-title">{e(c[2])}</h1><div class="entry-meta"><span class="posted-on">7 décembre 2026</span></div></header>
<div class="entry-content">{body_html(c)}</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/c/a">Actualité</a></span></footer></article>
<nav class="navigation post-navigation"><a href="/prev">Article précédent</a><a href="/next">Article suivant</a></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">12 réflexions</h2><ol class="comment-list">{comments() * 3}</ol>
<div id="respond" class="comment-respond"><p>Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec une étoile.</p></div></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget widget_text"><div class="textwidget"><p>{e(SIDEBAR[0])}</p><p>{e(SIDEBAR[1])}</p></div></section>
<section class="widget widget_recent_entries"><ul>{links(15, "/recent/")}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><p>{e(FOOTER)}</p><p>Fièrement propulsé par WordPress.</p></footer></div></body></html>"""

def megamenu(c):
  cols = "".join(f"<div class=\"mega-col\"><span class=\"mega-title\">{e(s)}</span><ul>{links(25, '/' + str(i) + '/')}</ul></div>"
                 for i, s in enumerate(SECTIONS))
  return head(c) + f"""<body><div class="top-bar"><a href="/">Accueil</a> <a href="/direct">En direct</a></div>
<div class="mega-menu-wrapper"><ul class="menu-principal">{links(15)}</ul><div class="mega-dropdown">{cols}</div></div>
<div class="breaking"><span>Flash :</span> <a href="/f1">Les résultats du bac sont en ligne</a></div>
<div class="layout"><div class="col-8"><h1>{e(c[2])}</h1><div class="meta">Par la rédaction, publié le 7 décembre 2026</div>
<div class="txt">{body_html(c)}</div>{related()}</div>
<div class="col-4"><div class="box"><h3>Les plus lus</h3><ol>{links(10, '/lus/')}</ol></div>
<div class="box"><p>{e(SIDEBAR[1])}</p></div></div></div>
<div class="bottom"><ul>{links(50, '/plan/')}</ul><p>{e(FOOTER)}</p></div></body></html>"""

def bare(c):
  parts = []
  for p in body_html(c).split("\n"):
    parts.append(p)
    if R.random() < 0.3:
      parts.append(f"<div class=\"pub\"><a href=\"/pub\">Publicité</a></div>")
  return head(c) + f"""<body><table width="100%"><tr><td>{''.join(f'<a href="/r/{i}">{e(s)}</a> | ' for i, s in enumerate(SECTIONS))}</td></tr></table>
<h1>{e(c[2])}</h1>
{''.join(parts)}
<hr><p><a href="/">Retour à l'accueil</a> - <a href="/contact">Contact</a> - <a href="/plan">Plan du site</a></p>
<p>{e(FOOTER)}</p></body></html>"""

def shell(c):
  ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c[2],
        "articleBody": "\n".join(expected(c).strip().split("\n"))}
  script = f"<script type=\"application/ld+json\">{json.dumps(ld, ensure_ascii=False)}</script>"
  return head(c, extra=script) + f"""<body><div id="root"><div class="app-header"><ul>{links(30)}</ul></div>
<div class="loading">Chargement…</div><noscript>Activez JavaScript pour lire cet article.</noscript>
<div class="app-footer"><ul>{links(20, '/f/')}</ul></div></div><script src="/static/app.js"></script></body></html>"""

def institutional(c):
  return head(c) + f"""<body><div class="header-top"><ul class="lang"><li><a href="/fr">FR</a></li><li><a href="/en">EN</a></li></ul>
<ul class="main-links">{links(35)}</ul></div>
<div class="banner"><p>Ensemble pour un développement durable et solidaire.</p></div>
<main role="main" class="page-wrap"><div class="breadcrumb"><a href="/">Accueil</a> &gt; <span>Page</span></div>
<h1>{e(c[2])}</h1><div class="page-text">{body_html(c)}</div>
<div class="partners"><ul>{links(12, '/partenaire/')}</ul></div></main>
<div class="site-bottom"><div class="address"><p>Siège : rue 310, porte 45, Bamako. Téléphone : +223 20 22 00 00.</p></div>
<p>{e(FOOTER)}</p><ul>{links(25, '/info/')}</ul></div></body></html>"""

TEASERS = [
  "Notre dernier séjour en Casamance, entre rizières et bolongs, nous a laissé des souvenirs pour la vie entière et quelques piqûres",
  "La meilleure adresse pour manger du poisson braisé à Mbour se trouve derrière la gare routière, à deux pas de la plage",
  "Comment préparer un sac de voyage léger pour la saison des pluies sans oublier les indispensables de la pharmacie",
  "Les plus belles photos du fleuve au coucher du soleil, prises depuis la pirogue de notre guide Ousmane et son frère",
]

def prose_links(n):
  return "".join(f"<li><a href=\"/p/{i}\">{e(R.choice(SECTIONS))} {i}</a><p>{e(TEASERS[i % 4])} (épisode {i}), un récit à suivre…</p></li>" for i in range(n))

def blogger_heavy(c):
  """Sidebar widgets outweigh the post: pruning by name drops the Blog widget with the post."""
  return head(c) + f"""<body><div class="content-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
<div class="post hentry"><h3 class="post-title entry-title">{e(c[2])}</h3>
<div class="post-body entry-content" id="post-body-7" itemprop="description articleBody">{body_html(c)}</div></div></div></div>
<div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts"><h2>Articles les plus consultés</h2><ul>{prose_links(24)}</ul></div>
<div class="widget BlogArchive"><ul>{links(200, "/archive/")}</ul></div>
<div class="widget Profile"><p>{e(SIDEBAR[0])}</p><p>{e(SIDEBAR[2])}</p></div></div></div>
<div class="footer-outer"><p>{e(FOOTER)}</p></div></body></html>"""

def wordpress_sidebar(c):
  """An old theme: the post sits in a wrapper named after its sidebar, outweighed by comments."""
  return head(c) + f"""<body><div id="wrapper"><div id="header"><h2><a href="/">Le Carnet</a></h2></div>
<div class="single-wrap sidebar-right"><h1 class="title">{e(c[2])}</h1>{body_html(c)}
<p class="postmetadata">Classé dans <a href="/c/1">Actualité</a> | <a href="/c/2">Société</a></p></div>
<div id="comments" class="comments-area"><ol class="commentlist">{comments() * 6}</ol></div>
<ul class="xoxo">{links(80, "/arch/")}</ul><div id="footer"><p>{e(FOOTER)}</p></div></div></body></html>"""

def news_heavy(c):
  """Hundreds of menu links dwarf the article, whose layout wrapper has a sidebar name."""
  cols = "".join(f"<div class=\"col\"><b>{e(s)}</b><ul>{links(60, '/' + str(i) + '/')}</ul></div>" for i, s in enumerate(SECTIONS))
  return head(c) + f"""<body><div class="mega">{cols}</div>
<div class="layout-with-sidebar"><h1>{e(c[2])}</h1><div class="chapo-date">7 décembre 2026</div>{body_html(c)}</div>
<div class="plan"><ul>{links(300, '/plan/')}</ul></div></body></html>"""

def about_promo(c):
  """An "about us" page whose text sits in a section named like a promotion."""
  return head(c) + f"""<body><ul class="top-links">{links(120)}</ul>
<section class="about-promo"><h1>{e(c[2])}</h1>{body_html(c)}</section>
<div class="partners-logos"><ul>{links(150, '/partenaire/')}</ul></div><p>{e(FOOTER)}</p></body></html>"""

def shop(c):
  """A product sheet: description and feature list side by side, price and cart around them."""
  slug, lang, title, paras, items, kind = c
  feats = "" if not items else "<div class=\"product-features\"><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul></div>"
  if kind == "recipe":
    feats = "<div class=\"recipe-card\">" + body_html((slug, lang, title, [], items, kind)) + "</div>"
  desc = "".join(f"<p>{e(p)}</p>" for p in paras)
  return head(c) + f"""<body><ul class="cats">{links(40)}</ul><div class="product-page"><h1>{e(title)}</h1>
<div class="price">25 000 FCFA</div><div class="stock">En stock</div><button>Ajouter au panier</button>
<div class="product-description">{desc}</div>{feats}
<div class="reviews"><span>4,5 / 5</span> <a href="#avis">12 avis</a></div></div>
<div class="related-products"><ul>{links(16, '/produit/')}</ul></div><p>{e(FOOTER)}</p></body></html>"""

TEMPLATES = [("blogger-heavy", blogger_heavy), ("wp-sidebar", wordpress_sidebar),
             ("news-heavy", news_heavy), ("about-promo", about_promo), ("shop", shop),
("blogger", blogger), ("wordpress", wordpress), ("megamenu", megamenu),
             ("bare", bare), ("jsonld", shell), ("institutional", institutional)]

n = 0
for c in CONTENTS:
  for tname, make in TEMPLATES:
    page = make(c)
    name = f"{tname}-{c[0]}"
    if n % 7 == 3:  # UTF-8 bytes that say ISO-8859-1
      page = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
      name += "-mislabelled"
    elif n % 7 == 5:  # no label at all
      page = page.replace('<meta charset="utf-8">', "")
      name += "-unlabelled"
    with open(f"{name}.html", "w", encoding="utf-8") as f:
      f.write(page)
    with open(f"{name}.txt", "w", encoding="utf-8") as f:
      f.write(expected(c))
    n += 1
print(n, "pages")
