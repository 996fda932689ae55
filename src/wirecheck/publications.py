"""Well-known news outlets: canonical names, the short forms articles use, and their domains.

Used to name an article's outlet from its URL or text, and to recognise a cited publication
("the Journal", "WSJ"). Unknown outlets are still recognised by the shape of their name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


OUTLETS = (
    Outlet("The Wall Street Journal", ("Wall Street Journal", "WSJ", "the Journal"), ("wsj.com",)),
    Outlet("The New York Times", ("New York Times", "NYT", "NYTimes"), ("nytimes.com",)),
    Outlet("The Washington Post", ("Washington Post", "the Post"), ("washingtonpost.com",)),
    Outlet("The Associated Press", ("Associated Press", "AP"), ("apnews.com",)),
    Outlet("Reuters", (), ("reuters.com",)),
    Outlet("Agence France-Presse", ("AFP",), ("afp.com",)),
    Outlet("Bloomberg", ("Bloomberg News",), ("bloomberg.com",)),
    Outlet("Financial Times", ("FT",), ("ft.com",)),
    Outlet("The Guardian", ("Guardian",), ("theguardian.com",)),
    Outlet("The Independent", ("Independent",), ("independent.co.uk",)),
    Outlet("The Telegraph", ("Telegraph",), ("telegraph.co.uk",)),
    Outlet("The Times", (), ("thetimes.co.uk",)),
    Outlet("BBC", ("BBC News", "BBC Sport"), ("bbc.com", "bbc.co.uk")),
    Outlet("CNN", (), ("cnn.com",)),
    Outlet("NBC News", ("NBC",), ("nbcnews.com",)),
    Outlet("CBS News", ("CBS",), ("cbsnews.com",)),
    Outlet("ABC News", ("ABC",), ("abcnews.go.com",)),
    Outlet("Fox News", (), ("foxnews.com",)),
    Outlet("NPR", (), ("npr.org",)),
    Outlet("Politico", ("Politico Europe",), ("politico.com", "politico.eu")),
    Outlet("Axios", (), ("axios.com",)),
    Outlet("The Hill", (), ("thehill.com",)),
    Outlet("Forbes", (), ("forbes.com",)),
    Outlet("Business Insider", ("Insider",), ("businessinsider.com",)),
    Outlet("CNBC", (), ("cnbc.com",)),
    Outlet("HuffPost", ("Huffington Post",), ("huffpost.com",)),
    Outlet("USA Today", (), ("usatoday.com",)),
    Outlet("Los Angeles Times", ("LA Times",), ("latimes.com",)),
    Outlet("The Economist", ("Economist",), ("economist.com",)),
    Outlet("Al Jazeera", (), ("aljazeera.com",)),
    Outlet("Deutsche Welle", ("DW",), ("dw.com",)),
    Outlet("Der Spiegel", ("Spiegel",), ("spiegel.de",)),
    Outlet("Le Monde", (), ("lemonde.fr",)),
    Outlet("The Verge", ("Verge",), ("theverge.com",)),
    Outlet("TechCrunch", (), ("techcrunch.com",)),
    Outlet("Wired", (), ("wired.com",)),
    Outlet("Neowin", (), ("neowin.net",)),
    Outlet("Hindustan Times", (), ("hindustantimes.com",)),
    Outlet("The Times of India", ("Times of India",), ("timesofindia.indiatimes.com",)),
    Outlet("TASS", (), ("tass.com",)),
    Outlet("Interfax", (), ("interfax.com",)),
    Outlet("Xinhua", (), ("xinhuanet.com",)),
    Outlet("The Athletic", ("Athletic",), ("theathletic.com",)),
    Outlet("Sky News", (), ("news.sky.com",)),
    Outlet("The Sun", (), ("thesun.co.uk",)),
    Outlet("Daily Mail", ("MailOnline",), ("dailymail.co.uk",)),
    Outlet("The Atlantic", (), ("theatlantic.com",)),
    Outlet("ProPublica", (), ("propublica.org",)),
    Outlet("Newsweek", (), ("newsweek.com",)),
    Outlet("ESPN", (), ("espn.com",)),
    Outlet("France 24", (), ("france24.com",)),
    Outlet("Le Figaro", ("Figaro",), ("lefigaro.fr",)),
    Outlet("Le Parisien", (), ("leparisien.fr",)),
    Outlet("Libération", ("Liberation",), ("liberation.fr",)),
    Outlet("Les Echos", (), ("lesechos.fr",)),
    Outlet("Süddeutsche Zeitung", ("Sueddeutsche Zeitung",), ("sueddeutsche.de",)),
    Outlet("Frankfurter Allgemeine Zeitung", ("FAZ",), ("faz.net",)),
    Outlet("Die Zeit", ("Zeit",), ("zeit.de",)),
    Outlet("Bild", (), ("bild.de",)),
    Outlet("Handelsblatt", (), ("handelsblatt.com",)),
    Outlet("El País", ("El Pais",), ("elpais.com",)),
    Outlet("El Mundo", (), ("elmundo.es",)),
    Outlet("La Repubblica", ("Repubblica",), ("repubblica.it",)),
    Outlet("Corriere della Sera", (), ("corriere.it",)),
    Outlet("ANSA", (), ("ansa.it",)),
    Outlet("EFE", (), ("efe.com",)),
    Outlet("Kyodo News", ("Kyodo",), ("kyodonews.net",)),
    Outlet("Yonhap", ("Yonhap News Agency",), ("yna.co.kr",)),
    Outlet("Nikkei", ("Nikkei Asia",), ("nikkei.com",)),
    Outlet("The Asahi Shimbun", ("Asahi Shimbun", "Asahi"), ("asahi.com",)),
    Outlet("South China Morning Post", ("SCMP",), ("scmp.com",)),
    Outlet("Haaretz", (), ("haaretz.com",)),
    Outlet("The Times of Israel", ("Times of Israel",), ("timesofisrael.com",)),
    Outlet("The Kyiv Independent", ("Kyiv Independent",), ("kyivindependent.com",)),
    Outlet("Kommersant", (), ("kommersant.ru",)),
    Outlet("RIA Novosti", ("RIA",), ("ria.ru",)),
    Outlet("Meduza", (), ("meduza.io",)),
    Outlet("The Globe and Mail", ("Globe and Mail",), ("theglobeandmail.com",)),
    Outlet("CBC News", ("CBC",), ("cbc.ca",)),
    Outlet("The Hindu", (), ("thehindu.com",)),
    Outlet("Semafor", (), ("semafor.com",)),
    Outlet("PBS", ("PBS NewsHour",), ("pbs.org",)),
    Outlet("The Intercept", ("Intercept",), ("theintercept.com",)),
    Outlet("Variety", (), ("variety.com",)),
)

# The last word of a publication's name, when no table entry knows it ("the Daily Herald").
PUBLICATION_NOUNS = (
    "Times", "Journal", "Post", "News", "Herald", "Tribune", "Guardian", "Telegraph", "Gazette",
    "Economist", "Magazine", "Chronicle", "Examiner", "Observer", "Independent", "Reporter",
    "Agency", "Press", "Wire", "Daily", "Standard", "Mirror", "Express", "Sun", "Mail",
)
# A publication named after what it is: 'the Polish broadcaster TVN24', 'the daily Haaretz', 'news agency Interfax'.
_NAMED_AFTER_MEDIUM = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+|(?:state|public|private|local|national|independent)\s+)?"
    r"(?-i:broadcaster|newspaper|daily|weekly|news\s+agency|news\s+site|news\s+outlet|outlet|magazine|tabloid|"
    r"channel|network)\s+(?-i:[A-Z0-9])", re.IGNORECASE)
_GENERIC_PUBLICATION_REFERENCES = (
    "the newspaper", "the paper", "the outlet", "the publication", "the daily", "the news agency", "the wire service",
    "the news outlet", "the magazine", "the tabloid", "the broadcaster",
)

_BY_ALIAS = {alias.lower(): outlet for outlet in OUTLETS for alias in (outlet.name, *outlet.aliases)}
_BY_NAME_WITHOUT_ARTICLE = {re.sub(r"^the ", "", alias): outlet for alias, outlet in _BY_ALIAS.items()}


def known_outlet(name: str) -> Outlet | None:
    """The table entry `name` refers to, ignoring case, a leading 'the' and a possessive."""
    key = re.sub(r"(['’]s|['’])$", "", name.strip()).lower()
    return _BY_ALIAS.get(key) or _BY_NAME_WITHOUT_ARTICLE.get(re.sub(r"^the ", "", key))


def is_generic_publication_reference(text: str) -> bool:
    """'the newspaper', 'The news agency': a publication named before, not by these words."""
    return " ".join(text.lower().split()) in _GENERIC_PUBLICATION_REFERENCES


def outlet_for_domain(host: str) -> str | None:
    """The canonical outlet name of a host such as 'www.wsj.com', if the table knows it."""
    host = host.lower().removeprefix("www.")
    for outlet in OUTLETS:
        if any(host == domain or host.endswith("." + domain) for domain in outlet.domains):
            return outlet.name
    return None


def looks_like_publication(name: str) -> bool:
    """True for names of known outlets, names shaped like one ('The Daily Herald') and names given
    after what they are ('the broadcaster TVN24')."""
    if known_outlet(name) or _NAMED_AFTER_MEDIUM.match(name.strip()):
        return True
    words = name.strip().split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1] in PUBLICATION_NOUNS
