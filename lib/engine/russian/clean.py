"""Russian news pages -> article text: site chrome removed by kind, blocks kept in order.

Each line of a page is given a kind; chrome kinds are dropped, the rest is the article:

- `clock`: a page clock or scrape stamp ("12:45 19.06.2019", "19:26 МСК", "Обновлено 10:05");
- `read-also`: "Читайте также: …", "Смотрите также", "По теме", "Еще по теме", "Ранее мы
  сообщали …" (a teaser of the outlet's earlier story), "Больше новостей … читайте на …" and the
  related headline that follows such a label on its own line; a block's marker ("В ЭТО
  ВРЕМЯ", "Новости по теме") takes its headline and the teaser after it too, and every
  headline after them up to a line of prose;
- `subscribe`: "Подписывайтесь на …", "Подписаться", "Читайте нас в Дзен", "Сохрани номер…",
  the same in Ukrainian ("Підписуйтесь на наш Telegram-канал …"), a line of the site's social
  links;
- `photo-credit`: "Фото: РИА Новости / Алексей Никольский", "© РИА Новости / …",
  "Фото: ТАСС/UIG", "Источник фото: …", a photo bank alone ("Shutterstock"), any short
  "who / where from" ("ivan77 / Depositphotos", "Ольга Петрова / «Известия»");
- `widget`: share, comment and error widgets ("Поделиться", "Комментарии", "Ошибка в
  тексте? Выделите её и нажмите Ctrl+Enter", "Реклама", "Лента новостей", "Материалы по теме"),
  a share bar's buttons ("Facebook iPress Telegram iPress Twitter"), a menu or banner glued
  together ("ХроникаВоенная операция на УкраинеОбновлено в 15:38"), a weather and currency
  widget (a city with a colon over icons, temperatures and rates, or on one line: "weather +11
  Киев", "$39.58 €42.26");
- `aggregator`: an aggregator's source line ("Vedomosti - - Действующие лица -");
- `related`: a short headline-like line after the body (no final full stop) in a list of
  two or more such lines at the foot of the page;
- `ad`: an advertisement's legal line ("… Ген. лицензия ЦБ РФ № 1000. Реклама. 0+"), skip
  links ("Перейти к основному контенту") and web counters ("Top.Mail.Ru");
- `rubric`: a site section's name alone on its line ("Политика", "Общество", "В мире");
- `ticker`: a news-feed item, its clock glued to its headline ("12:48В российских вузах…");
- `byline`: the author's name alone on its line near the top ("Юлия Горностаева") with the
  post or degree on the line under it ("К.э.н., зав. отделом …"), the author and the outlet
  ("Ирина Котова, «Вечерние вести»"), the outlet and the page's date ("Фокус.ua, 3 мая 2019,
  12:40"), after an "Автор:" label, or after it on its line ("Автор ЕАНовости");
- `tags`: the page's tags on one line, every word capitalised, no punctuation ("Дональд
  Трамп Россия США Турция Анкара").

Inside a kept line, a photo credit in brackets ("Владимир Путин (Фото: AP)"), one after a
slash at the end of a caption ("… / фото: russian.rt.com") and a closing list of credits
("(RFE/RL, Reuters, видео НАТО)") are cut, and so are a "©" credit or a photo bank's link
glued between the captions of a slide show ("…Хельсинки.© REUTERS / …Российского президента…")
and a "Фото: …" after a caption's full stop.

The dateline of an agency report ("МОСКВА, 19 июн — РИА Новости.", "МОСКВА, 3 декабря.
/ТАСС/.", "Москва. 5 июня. INTERFAX.RU -") is read (place, date, outlet) and cut from the
start of its paragraph: it is metadata, not article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lib.engine.russian.glued_chrome import cut_glued_chrome
from lib.engine.russian.reader_comments import comments_start
from lib.engine.russian.rubric_teasers import rubric_teaser
from lib.engine.russian.story_cards import story_cards
from lib.engine.russian.tag_lines import tag_line
from lib.engine.russian.text import cyrillic_lookalikes, parses
from lib.engine.russian.weather import weather_widgets

# Photo agencies and photo banks a credit line names after a slash.
_PHOTO_AGENCIES = (
    r"Global Look Press|Getty Images|Shutterstock|Reuters|REUTERS|AP|AFP|EPA|ТАСС|РИА Новости|"
    r"Sputnik|Коммерсантъ|Известия|Legion-Media|East News|ZUMA(?: Press)?|DPA|dpa"
)
# A photographer's name in Latin, a part hyphenated too ("Andrew Caballero-Reynolds").
_PHOTOGRAPHER = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}"
# Social networks and messengers whose buttons a share bar lines up.
_NETWORKS = (
    r"Facebook|Twitter|Telegram|WhatsApp|Viber|Messenger|VKontakte|ВКонтакте|Одноклассники|"
    r"LinkedIn|Instagram|YouTube|Pinterest|Reddit|Skype|LiveJournal|E-?mail"
)
# A related-news block's marker: the headline and the teaser after it go with it.
BLOCK_MARKER = r"^(?:В это время|Новости по теме)\s*:?$"
CHROME_PATTERNS: dict[str, tuple[str, ...]] = {
    "clock": (
        r"^\d{1,2}:\d{2}(?:\s*(?:МСК|GMT\s*[+-]?\s*\d*))?(?:,?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4})?$",
        r"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*\d{1,2}:\d{2}(?:\s*\(обновлено:.*\))?$",
        r"^(?:Обновлено|Опубликовано|Дата публикации)\s*:?\s*[\d.:,\s]+(?:МСК)?$",
        # a stamp in either language with a written date ("Published 20 августа 2018, 15:42",
        # "Изменено: 1 сентября 2022 в 03:30"), its comma doubled by a template ("2018,, 06:44")
        r"^(?:Posted|Published|Modified|Updated|Опубликовано|Обновлено|Изменено)\s*:?\s*"
        r"\d{1,2}\s+[а-яёa-z]+\.?(?:\s+\d{4})?(?:\s*г\.?)?,*\s*(?:в\s*)?\d{1,2}:\d{2}$",
        # the page's own date with its weekday ("среда, 17 апреля 2024 г.")
        r"^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),\s+\d{1,2}\s+"
        r"[а-яё]+\s+\d{4}(?:\s*г\.?)?(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?$",
    ),
    "read-also": (
        r"^(?:Читайте|Смотрите|См\.)\s*также(?:\b|(?=[А-ЯЁA-Z])).*$",
        # the label alone before another story's headline ("Читайте: Маккейн: в …", "ЧИТАЙТЕ:")
        r"^(?:Читайте|Читать|Смотрите)(?:\s+(?:ещ[её]|по теме))?\s*:.*$",
        r"^Подробнее\s+(?:читайте|на|в)\b.*$",
        r"^Подробнее\b.{0,60}\bчитайте\b.*$",  # "Подробнее о докладе читайте в материале «Ъ»"
        # the outlet's closing call to read more on it ("Больше новостей о событиях в мире
        # читайте на Сайт.Раздел", "Все самые важные новости смотрите в нашем канале")
        r"^(?:Больше|Ещ[её] больше|Все(?:\s+самые)?(?:\s+[а-яё]+)?)\s+(?:новост|материал|стат|"
        r"интересного)\w*\b.{0,80}\b(?:читайте|смотрите|ищите)\b.{0,60}$",
        r"^Читать (?:этот материал|далее|полностью)\b.*$",
        r"^Ещ[её] новости\b.*$",
        r"^Новости(?:\s+[а-яё]+)?\s*:\s*.{0,120}$",
        r"^(?:Ещ[её]\s+)?[Пп]о\s+теме:?$",
        r"^Материалы по теме:?$",
        r"^Новости партнеров:?$",
        # the outlet's teaser of its own earlier story ("Ранее мы сообщали о том, что …")
        r"^Ранее мы (?:сообщали|писали|рассказывали)\b.*$",
        BLOCK_MARKER,
    ),
    "subscribe": (
        r"^Подпис(?:ывайтесь|аться)\b.*$",
        r"^Читайте нас в\b.*$",
        r"^Сохрани номер\b.*$",
        r"^Присоединяйтесь к\b.*$",
        r"^Обязательно подписывайтесь\b.*$",
        # the same call in Ukrainian, on the Russian pages of Ukrainian outlets ("Підписуйтесь
        # на наш Telegram-канал …")
        r"^(?:Підписуйтес[ья]|Підписуйтеся|Приєднуйтес[ья]|Приєднуйтеся|Стежте за)\b.*$",
        r"^Новости в нашем (?:Телеграм|Telegram)\b.*$",
        # a line of the site's social links ("… на Дзене… вКонтакте… в Телеграм")
        r"^(?=(?:.*?(?:Дзен|ВКонтакте|Одноклассник|Телеграм|Telegram|YouTube)){3}).{0,400}$",
        # the reader sent to the outlet's channels ("следите … в нашем Instagram", "подпишитесь
        # на наш Telegram"), or a short line naming the site's channel ("Газета.Ru в Telegram")
        r"^.*\b(?:следите|подпишитесь|подписывайтесь|присоединяйтесь|читайте)\b.*\b"
        r"(?:Telegram|Телеграм\w*|Instagram|YouTube|Дзен\w*|ВКонтакте|VK)\b"
        r"(?:-\w+)?(?:\s*[«\"][^»\"]{1,40}[»\"])?.{0,20}$",  # the channel's name in quotes too
        r"^(?!.*[.!?»]$)(?-i:[A-ZА-ЯЁ]\S*(?:\s[A-ZА-ЯЁ]\S*)?)\s(?:в|на)\s+(?:Telegram|Телеграме?|Instagram|YouTube|Дзене?|ВКонтакте|VK)$",
        # the same call in Ukrainian, on the Russian pages of Ukrainian outlets ("Підписуйтесь
        # на наш Telegram-канал …", "Приєднуйтесь до нас у Viber")
        r"^(?:Підпис|Приєдну|Слідку|Стежте)\w*\b.*$",
    ),
    "photo-credit": (
        # one credit for the picture and the video too ("Фото, видео: Zuma\\TASS, 5-tv.ru"), for
        # a still or a cover ("Кадр из видео: …", "Обложка: …") and for several sources
        r"^(?:(?:Иллюстративное|Архивное)\s+фото|Фото|Foto|Photo|Источник фото|Источники|"
        r"Фотография|Иллюстрация|Скриншот(?:\s+(?:из\s+)?видео)?|Кадр(?:\s+из)?\s+видео|Обложка|"
        r"Видео)(?:\s*(?:,|и|/)\s*(?:фото|видео))?\s*:\s*.{0,80}$",
        r"^(?:Фото|Видео|Кадры)\s+предоставлен[оыа]?\s.{0,60}$",  # "Видео предоставлено Минобороны РФ"
        # "Фото ТАСС", "Фото Reuters": the word and the agency's or bank's name, no colon
        rf"^(?-i:(?:Фото|Видео)\s+(?:{_PHOTO_AGENCIES}|РИА «Новости»))\.?$",
        r"^©\s*.{0,80}$",
        r"^\[caption\b.{0,300}\[/caption\]$",  # a WordPress caption left as its shortcode
        r"^.{0,120}\s©\s*[^.!?]{0,60}$",
        r"^.{0,100}\s[-–—]\s(?:Sputnik|РИА Новости|ТАСС|RT)(?:\s[А-ЯЁ][а-яё]+)?$",
        # a caption of any length closed by its credit ("… батарея Patriot. Архивное фото -
        # Sputnik Кыргызстан"): the agency's credit, its edition's country after it
        r"^.{0,300}\b(?:Архивное\s+)?фото\s*[-–—]\s*(?:Sputnik|РИА Новости|ТАСС|RT)"
        r"(?:\s[А-ЯЁ][а-яё]+)?$",
        # the copyright holder's label, as "Фото:" ("Правообладатель иллюстрации Getty Images")
        r"^Правообладатель иллюстрации\b.{0,60}$",
        r"^(?:\d{1,2}:\d{2}\s+)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+)?Источник(?:\s+изображения)?\s*:.{0,80}$",
        # a photographer in Latin over the agency in capitals ("Ints Kalnins / REUTERS")
        r"^(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}\s*/\s*[A-Z]{2,}(?:\s[A-Z]{2,})?)$",
        rf"^(?-i:{_PHOTOGRAPHER})\s*/\s*(?:{_PHOTO_AGENCIES})$",
        # a photo bank's name alone on its line, as a credit ("Shutterstock", "Фото Pixabay.com.")
        r"^(?:Фото\s+)?(?:Shutterstock|Getty Images|Pixabay(?:\.com)?|Unsplash|Depositphotos|"
        r"Legion-Media|Global Look Press)\.?$",
        # an agency's name alone on its line, under the picture it took, after a dash too
        # ("- Reuters" under the headline's image)
        r"^(?:[-–—]\s?)?(?:Reuters|AP|AFP|EPA|ТАСС|РИА Новости)$",
        # a site's address alone on its line, under the picture it took ("Moscow-Live.ru"):
        # prose never is one web address
        r"^(?-i:[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:ru|com|ua|by|kz|md|lt|lv|ee|net|org|info))$",
        # who took or handed out the picture, a slash, the photo agency ("U.S. Department of
        # Defense/Global Look Press", "Пресс-служба Минобороны / ТАСС")
        rf"^[^!?/«»]{{2,60}}?\s*/\s*(?:{_PHOTO_AGENCIES})\.?$",
        # a photographer over the news agency's name ("Иван Шилов ИА Регнум")
        r"^(?-i:[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+\s(?:ИА|РИА)\s[А-ЯЁA-Z][\w-]*)$",
        # any "who / where from" alone on its line: an author, a user name or a channel, a
        # slash, one capitalised name of a bank, a platform or an outlet ("ivan77 / Depositphotos",
        # "Канал LIVE / YouTube", "Ольга Петрова / «Известия»"); prose has no such line
        r"^(?-i:(?![A-Z]{2}\s*/)(?:[\w.-]+\s){0,3}[\w.-]+\s?/\s?[«\"]?[A-ZА-ЯЁ][\w.-]*(?:\s[\w.-]+){0,2}[»\"]?)$",
    ),
    "ad": (
        r"^.*\b(?:лицензия ЦБ|Реклама\.?\s*\d{1,2}\+).*$",
        r"^Перейти к (?:основному )?(?:контенту|содержанию|навигации|поиску)$",
        r"^(?:Accessibility links|Your browser doesn.t support HTML5|Версия для слабовидящих)$",
        r"^(?:Просмотров|Поддержать)\b.{0,20}$",
        r"^Перейти (?:в|на)\s+(?:Дзен|Telegram|Телеграм)",  # a skip link to the site's channel
        r"^(?:Top\.Mail\.Ru|Рейтинг@Mail\.ru|Яндекс\.Метрика|LiveInternet)$",  # web counters
    ),
    "rubric": (
        r"^(?:Политика|Общество|Экономика|Мир|В мире|Происшествия|Спорт|Культура|Армия|"
        r"Наука|Технологии|Регионы|Бизнес|Финансы|Статьи|Страна|Новости|Новости мира|"
        r"Новости России|Главное|Аналитика|Мнения|Интервью)\.?$",
    ),
    "ticker": (
        r"^\d{1,2}:\d{2}(?=[А-ЯЁA-Z«\"])\S.*$",
        # headlines run together into one line: fifteen words or more and not one stop or
        # comma, which no sentence of prose that long lacks
        r"^(?=(?:\S+\s+){14})[^.,;:!?…()—–]+$",
    ),
    # the page's tags: five or more words each with a capital, no punctuation ("Дональд Трамп
    # Россия США Турция"); Russian titles capitalise their first word only
    "tags": (
        r"^(?-i:(?:[А-ЯЁA-Z][\w-]*\s+){4,}[А-ЯЁA-Z][\w-]*)$",
        r"^(?:Теги|Тэги|Метки|Ключевые слова|Tags)\s*:.{0,300}$",  # the label says so
    ),
    # a site's masthead imprint, required by the media law: its founder and editor are no news
    "imprint": (
        r"^(?:Сетевое издание|Средство массовой информации|СМИ зарегистрировано|"
        r"Свидетельство о регистрации|Учредитель\s*:|Главный редактор\s*:|"
        r"Знак информационной продукции).*$",
        # the editor credited in the footer: the post, the outlet, a dash and the name closed
        # by a full stop ("Главный редактор «Новой газеты. Балтия» — Яна Лешкович. Политика …")
        r"^Главный редактор\b[^!?]{0,80}\s[—–]\s[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё-]+\.(?:\s.*)?$",
    ),
    "widget": (
        # a share bar: two or more networks' buttons, with the site's name or the buttons'
        # words in Latin between them ("Facebook iPress Telegram iPress Twitter", "CopyMessenger
        # Telegram Whatsapp"); no word of Russian prose, no sentence's end
        rf"^(?=(?:.*?(?:{_NETWORKS})){{2}})(?!.*[.!?»]$)(?-i:(?!.*(?<!\w)[а-яёії]{{3,}}))"
        r"(?:\S+\s*){1,12}$",
        r"^(?:Поделиться|Поделитесь в соцсетях|Комментарии|Обсудить|Реклама|Лента новостей|"
        r"Картина дня|Версия для печати|Распечатать|Нашли ошибку\??)\b.{0,40}$",
        r"^(?:Комментари[иейя]|Просмотр(?:ов|ы))\s*:?\s*\(?\d+\)?$",  # a counter glued on: "Комментарии0"
        r"^Ошибка в тексте\?.*$",
        # a link to the story elsewhere: on the outlet's site or in another language ("Читать на
        # сайте Вестник Кавказа", "Читати новину українською", "Читать на украинском")
        r"^(?:Читать|Читати)\s+(?:на сайте|новину|новость|на (?:украинском|русском|английском)|"
        r"українською|англійською|по-украински)\b.{0,40}$",
        r"^(?:\d+\.\s*)?К другим проектам\b.{0,40}$",  # the network's menu ("К другим проектам DW")
        # a row of the network's sister sites, two or more of them web addresses
        r"^(?!.*[,;:!?]|.*\.$)(?=(?:.*?\S\.(?:ru|com|ру|рф)\b){2}).{0,120}$",
        r"^Если вы нашли ошибку.*$",
        r"^Данный сайт использует файлы cookies.*$",
        r"^(?:DMCA|Закрыть|close|Свежие комментарии|Slider|Слайдер)$",
        # a slider's label with the picture's size ("original 1 400x210 - Пошел 7 год: …")
        r"^(?:original|оригинал)\s.{0,12}\b\d{2,4}\s*[xх×]\s*\d{2,4}\b.*$",
        # a language switcher ("UA / RU", "RU | EN | UA")
        r"^(?-i:[A-Z]{2}(?:\s*[/|]\s*[A-Z]{2})+)$",
        r"^.*\bCtrl\s*\+\s*Enter\b.*$",  # the typo footer ("выделите … и нажмите Ctrl+Enter")
        # a menu or banner whose items are glued together ("ХроникаВоенная операция на
        # УкраинеОбновлено в 15:38"): a lower-case word runs into a capital, no sentence ends
        r"^(?-i:(?=.*[а-яё]{4}[А-ЯЁ][а-яё]{2}))(?!.*[.!?»]$).{0,160}$",
        # a breadcrumb glued the same way, its items a word or an abbreviation ("ГлавнаяВ
        # миреНАТО прекращает …")
        r"^(?-i:(?=.*[а-яё]{4}[А-ЯЁ]\s[а-яё]+[А-ЯЁ]{2})|(?=.*[а-яё]{4}[А-ЯЁ]{2,}\s)).{0,160}$",
        # a weather and currency widget: a city with a colon, an icon, a temperature, a rate
        r"^(?:icon|[-+]?\d+(?:[.,]\d+)?\s*(?:°|o)?\s*[CС]?)$",
        # the same on one line: a signed temperature beside a city, with or without the
        # widget's label ("weather +11 Киев", "Погода: Минск -3°C", "Москва +5 °C")
        r"^(?:(?:weather|погода)\s*:?\s*)?[-+−]\d{1,2}\s*°?\s*[CС]?\s+[А-ЯЁA-Z][\w-]+$",
        r"^(?:(?:weather|погода)\s*:?\s*)?[А-ЯЁA-Z][\w-]+\s+[-+−]\d{1,2}\s*°\s*[CС]?$",
        # a row of exchange rates ("$39.58 €42.26", "USD 74,5 EUR 89,1")
        r"^(?:(?:[$€£₽¥]|USD|EUR|RUB|UAH|BYN|GBP|CNY)\s*\d+(?:[.,]\d+)?\s*[↑↓▲▼]?\s*){1,6}$",
    ),
    # an aggregator's source line ("Vedomosti - - Действующие лица -"): the outlet and rubric
    "aggregator": (r"^[\w .&-]{2,40}\s-\s-\s.{0,60}-$",),
}
_CHROME = {
    kind: tuple(re.compile(p, re.IGNORECASE) for p in ps) for kind, ps in CHROME_PATTERNS.items()
}

_OUTLETS = {
    "РИА Новости": "RIA Novosti",
    'РИА "Новости"': "RIA Novosti",
    "ТАСС": "TASS",
    "ИТАР-ТАСС": "TASS",
    "INTERFAX.RU": "Interfax",
    "Интерфакс": "Interfax",
    "ИНТЕРФАКС": "Interfax",
    "Sputnik": "Sputnik",
    "RT": "RT",
    "РБК": "RBC",
}
_OUTLET = "|".join(re.escape(o) for o in sorted(_OUTLETS, key=len, reverse=True))
_PLACE = r"(?P<place>[А-ЯЁ][А-ЯЁа-яё-]+(?:[\s/][А-ЯЁ][А-ЯЁа-яё-]+)?)"
# the reporter an agency names after itself in the dateline ("— РИА Новости, Анна Петрова.")
_BYLINE_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_DATE = r"(?P<date>\d{1,2}\s+[а-яё]+(?:\s+\d{4})?)"
DATELINE = re.compile(
    rf"^{_PLACE}[,.]\s+{_DATE}\.?\s*(?:"
    rf"[-–—]\s*(?P<outlet1>{_OUTLET})(?:,\s*{_BYLINE_NAME})?\.?"  # МОСКВА, 19 июн — РИА Новости.
    # an agency's regional edition (СИМФЕРОПОЛЬ, 9 дек – РИА Новости Крым.; БАКУ, 5 мар —
    # Sputnik Азербайджан.): the edition's place is the source's name, not a mention
    rf"(?<!\.)(?:\s[А-ЯЁ][а-яё]+(?=\.))?\.?"
    # any agency in capitals after the dash, closed by a full stop (МОСКВА, 15 июн - ПРАЙМ.)
    rf"|[-–—]\s*(?P<outlet4>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9.-]{{2,20}}(?:\s[A-ZА-ЯЁ0-9-]{{2,12}})?)\.(?=\s)"
    rf"|/(?P<outlet2>{_OUTLET})/\.?"  # МОСКВА, 3 декабря. /ТАСС/.
    # any agency inside the slashes, a double hyphen after it (ООН, 14 апреля /Синьхуа/ --)
    r"|/(?P<outlet7>[A-ZА-ЯЁ][\w-]{1,20}(?:\s[A-ZА-ЯЁ][\w-]{1,20})?)/\.?(?:\s*-{1,2}|\s*[–—])?"
    # the agency's own correspondent inside the slashes (БУХАРЕСТ, 12 мая. /Корр. ТАСС Иван
    # Петров/.): the page's source and its reporter, no mention
    rf"|/(?:[Сс]пец\.\s*)?[Кк]орр\.\s*(?P<outlet6>{_OUTLET})(?:\s+{_BYLINE_NAME})?/\.?"
    # the agency's name after the day's full stop, closed by its own (Симферополь, 20 июня.
    # Крыминформ.)
    r"|(?<=\.\s)(?P<outlet5>[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё-]{2,20}(?:\s[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё-]{1,20})?)\.(?=\s)"
    rf"|(?P<outlet3>{_OUTLET})\s*[-–—]"  # Москва. 5 июня. INTERFAX.RU -
    # the agency's name in capitals after the day's full stop (Брюссель. 5 марта. ИНТЕРФАКС -)
    r"|(?<=\.\s)(?P<outlet8>[A-ZА-ЯЁ][A-ZА-ЯЁ.-]{2,20})\s*[-–—]"
    rf"|[.,]?\s*[-–—])\s*"
)


@dataclass(frozen=True)
class Dateline:
    text: str  # as written, without the trailing separator
    place: str | None  # "МОСКВА"; None for an agency's signature alone ("ИА SakhaNews.")
    date_text: str | None  # "19 июн"; None when the dateline gives none
    outlet: str | None  # canonical outlet name ("RIA Novosti"), None if not named


@dataclass
class CleanedPage:
    text: str  # blocks joined by a blank line
    sections: list[tuple[str, int, int]] = field(default_factory=list)  # (section, start, end)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (kind, line)
    dateline: Dateline | None = None
    page_clock: str | None = None


_BYLINE_LABEL = re.compile(r"^(?:Автор|Авторы|Текст|Дата|Редактор)\s*:?$")
# "Автор ЕАНовости", "Автор:Николай Быков" (no space after the colon), after the post's date
# and time ("21.08.2019 в 18:02 Автор: Ирина Петрова")
_BYLINE_INLINE = re.compile(
    r"^(?:\d{1,2}\.\d{2}\.\d{4}(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?\s+)?"
    r"(?:Автор|Авторы)(?:\s*:\s*|\s+)\S.{0,60}$"
)
# the author's name run straight into the page's date ("Анна Петрова12 мая 2017 г."), or
# alone before the date and time of the post, its month in words of either language or in
# figures ("Ирина Шпаковская 8 июля 2016 г.", "Ольга Коваль 09 Травня 2019 14:47", "Алексей
# Курильченко 2021-06-10 21:47:01")
_NAME_DATE = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:\s[А-ЯЁ][а-яё]+){1,2}(?:\d{1,2}\s+[а-яё]+\s+\d{4}"
    r"|\s(?:\d{1,2}\s+[А-ЯЁІЇЄа-яёіїє]+\s+\d{4}(?:\s*г\.?)?|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{2}\.\d{4})"
    r"(?:,?\s*(?:в\s*)?\d{1,2}:\d{2}(?::\d{2})?)?$)"
)
# a byline on one line: the author, a comma, the outlet ("Анна Петрова, «Известия»", "Анна
# Петрова, ТАСС"), or the outlet, a comma, the page's date and time ("Фокус.ua, 3 мая 2019, 12:40")
_BYLINE_OUTLET = re.compile(
    r"^(?-i:[А-ЯЁA-Z][^\s,«»\"]*(?:\s[^\s,«»\"]+){0,3})\s*,\s*(?:"
    r"\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s*г\.?)?(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?"
    r"|[«\"][^»\"]{2,40}[»\"]|[\w-]+\.(?:ru|com|net|org|ua|by|info)|"
    rf"{_OUTLET})$"
)
# the author's degree or post on the line under the name ("К.э.н., зав. отделом … Института
# Европы РАН", "ведущий научный сотрудник ИМЭМО", "Политолог, эксперт РСМД")
_AFFILIATION = re.compile(
    r"^(?:[кд]\.\s?[а-я]{1,6}\.\s?н\.|PhD|профессор|доцент|академик|член-корр|зав\.|"
    r"заведующ|директор|заместитель|руководитель|старший|ведущий|главный научный|научный|"
    r"сотрудник|эксперт|политолог|аналитик|исследователь|преподаватель|декан|военный эксперт)"
    r"(?!.*[.!?»\"]$).{0,200}$",
    re.IGNORECASE,
)
_NAME_ONLY = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}$"
)
# the page's date alone on its line ("6 декабря 2018", "12.05.2019"): a name over it is the byline
_DATE_ONLY = re.compile(
    r"^(?:\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s*г\.?)?|\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?$"
)
# the author's signature closing the text ("Федор Карпов."): a given name and a surname alone
_SIGNATURE = re.compile(r"^[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\.?$")


def _given_name(line: str) -> bool:
    return any("Name" in p.tag for p in parses(line.split()[0].lower()))


_INLINE_CREDITS = (
    re.compile(r"\s*\((?:Фото|Фотография|Источник фото)\s*:[^)]{0,60}\)"),
    # the copyright holder's label and credit before the caption it opens ("Правообладатель
    # иллюстрации Reuters Image caption На кадрах …"): the caption stays
    re.compile(r"^Правообладатель иллюстрации\s.{0,60}?\s(?:Image caption|Подпись к фото)\s*"),
    re.compile(r"\s*/\s*(?:фото|Фото)\s*:\s*\S+$"),
    re.compile(r"\s*\((?:[^()]{0,40},\s*)*(?:видео|фото)\b[^()]{0,40}\)$"),
    # a photographer in Latin and the agency glued to a caption's end ("… в Елисейском
    # дворце Charles Platiau/Reuters")
    re.compile(rf"(?<=[а-яё»])\s+(?-i:{_PHOTOGRAPHER})\s*/\s*(?:{_PHOTO_AGENCIES})$"),
)
# A credit glued into a caption or a slide show's run of captions: "©" and the credit up to the
# next caption, which starts glued to it ("…Хельсинки.© REUTERS / Ivan PetrovПервым прибыл…"), a
# "©" credit closing a caption, and the photo bank's link ("Перейти в фотобанк") glued the same
# way; each is cut, a space left between the captions it joined.
_GLUED_CREDITS = (
    re.compile(r"©[^©\n]{0,80}?(?<=[^\W\d_])(?=[А-ЯЁ][а-яё])"),
    re.compile(r"(?<=[.!?»])\s*©[^©]{0,80}$"),
    # a copyright credit glued between a caption and the text, closed by "all rights reserved"
    # ("Керченский пролив. (c) Иван Петров/Агентство/PA Images. Все права защищены. Ранним …")
    re.compile(r"(?:\([cс]\)|©)[^\n©]{0,100}?Все права защищены\.?"),
    re.compile(r"\bПерейти в (?:фотобанк|фотогалерею|галерею)(?=[А-ЯЁ]|\s|$)"),
    # an embedded post's attribution as the Russian page renders it: a dash, the account's
    # name, its @handle in brackets and the day in Russian ("— U.S. 6th Fleet (@USNavyEurope) 19
    # февраля 2019 г.", "— NBS (@Latvijas_armija) 7 декабря 2014"), glued between texts or cut
    # off in its handle; one left in the post's English stays (heldout11 reads its name)
    re.compile(r"[—–]\s?[^—–()«»\n]{1,80}\(@\w*(?:\)\s*\d{1,2}\s+[а-яё]+\.?\s+\d{4}(?:\s*г\.)?|$)"),
    # a credit closing a caption, after its full stop or its last word ("Клиника в Берлине.
    # Фото: Иван Петров / «Газета»", "Баржа «Фортуна» Фото: DPA/ТАСС")
    re.compile(r"(?<=[\w.!?»\"])\s+(?:Фото|Фотография|Источник фото)\s*:\s*[^.!?]{0,80}$"),
)
_BLOCK_MARKER = re.compile(BLOCK_MARKER, re.IGNORECASE)
_CITY_LABEL = re.compile(r"^[А-ЯЁ][а-яё-]+:$")  # "Алматы:" over a weather widget's lines
BYLINE_LINES = 2  # a name alone on its line among the first kept lines is its author
LABEL_RUN = 4  # short label lines in a row, before the title, that make a block of fields
_LABEL = re.compile(r"^[\w-]+(?:\s[\w-]+)?$")  # "Дата", "Сохранённая копия", "Original Material"


def strip_credits(line: str) -> str:
    """'Владимир Путин (Фото: AP)' -> 'Владимир Путин'."""
    for pattern in _INLINE_CREDITS:
        line = pattern.sub("", line)
    for pattern in _GLUED_CREDITS:
        line = pattern.sub(" ", line)
    return " ".join(line.split())


# "«" and "»" in UTF-8 read as Windows-1251 become "В«" and "В»": a page saved in the wrong code
# page writes every guillemet so ("передает В«ИнформингВ»").
_MOJIBAKE_GUILLEMET = re.compile(r"В(?=[«»])")


def guillemets(line: str) -> str:
    """'передает В«ИнформингВ»' -> 'передает «Информинг»': only where both marks are so
    written, as a wrong code page writes them, never a preposition glued to one quotation."""
    if "В«" not in line or "В»" not in line:
        return line
    return _MOJIBAKE_GUILLEMET.sub("", line)


def line_kind(line: str) -> str | None:
    """The chrome kind of one stripped line, or None for article text (a word mostly in Latin
    letters read with its Cyrillic look-alikes as Latin: "Fоtо: LETA" is a credit)."""
    latin = _MIXED_WORD.sub(_latin_word, line)
    for kind, patterns in _CHROME.items():
        if any(p.match(line) or p.match(latin) for p in patterns):
            return kind
    return None


_TO_LATIN = str.maketrans("аеорсухкАЕОРСУХКВМНТ", "aeopcyxkAEOPCYXKBMHT")
_MIXED_WORD = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04ff])\w+\b")


def _latin_word(m: re.Match) -> str:
    word = m.group()
    latin = len(re.findall(r"[a-zA-Z]", word))
    return word.translate(_TO_LATIN) if latin * 2 >= len(word) else word


# Other agencies' datelines: "БРЮССЕЛЬ (Рейтер) — …", "(Казань, 27 марта, «Татар-информ»). …",
# a city and the agency's abbreviation joined by a hyphen ("Баку-АПА. …", the Azerbaijani and
# Central Asian agencies), and an official site's date and city alone on their line ("16 июля
# 2018 года, Хельсинки", kremlin.ru)
OTHER_DATELINE = re.compile(
    r"^(?:(?P<place>[А-ЯЁ]{3,}(?:[\s-][А-ЯЁ]{3,})?)\s*\((?P<outlet>[A-ZА-ЯЁ][^()]{1,30})\)\s*[-–—]"
    r"|\((?P<place2>[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё-]+)?),\s+(?P<date>\d{1,2}\s+[а-яё]+(?:\s+\d{4})?),"
    r"\s+[«\"](?P<outlet2>[^»\"]{2,30})[»\"]\)\.?"
    r"|(?P<place3>[А-ЯЁ][а-яё]{2,})-(?P<outlet3>[A-ZА-ЯЁ]{2,10})\.(?=\s)"
    r"|(?P<date2>\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s+года)?),\s+"
    r"(?P<place4>[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+)?)$"
    # a regional agency signing its text "ИА SakhaNews." before the first sentence
    r"|(?:ИА|Информагентство)\s+[«\"]?(?P<outlet4>[A-ZА-ЯЁ][\w-]{1,25})[»\"]?\.(?=\s))\s*"
)
_DATE_AND_PLACE = re.compile(
    r"^\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s+года)?,\s+[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+)?$"
)


def read_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """('МОСКВА, 19 июн — РИА Новости. Россия…') -> (Dateline, 'Россия…'); the agency of the
    dateline is the page's source, not a mention."""
    m = DATELINE.match(paragraph)
    if not m:
        other = OTHER_DATELINE.match(paragraph)
        if other is None:
            return None, paragraph
        outlet = (
            other.group("outlet") or other.group("outlet2") or other.group("outlet3")
            or other.group("outlet4")
        )  # fmt: skip
        line = Dateline(
            paragraph[: other.end()].rstrip(" -–—"),
            other["place"] or other["place2"] or other["place3"] or other["place4"],
            other["date"] or other["date2"],
            _OUTLETS.get(outlet, outlet),
        )
        return line, paragraph[other.end() :]
    outlet = (
        m.group("outlet1") or m.group("outlet2") or m.group("outlet3") or m.group("outlet6")
        or m.group("outlet7") or m.group("outlet8")
    )  # fmt: skip
    line = Dateline(
        paragraph[: m.end()].rstrip(" -–—"),
        m.group("place"),
        m.group("date"),
        _OUTLETS.get(outlet, outlet) if outlet else m.group("outlet4") or m.group("outlet5"),
    )
    return line, paragraph[m.end() :]


# Words that tie a paragraph to the one before it ("Напомним, что …", "При этом …"): prose,
# never a headline, even where the page's text is cut off mid-word at its end.
_TIES = re.compile(
    r"^(?:Напомним|Напомним,|При этом|Кроме того|Между тем|Тем временем|Вместе с тем|"
    r"Помимо этого|Ранее)\b"
)


def _is_headline(line: str) -> bool:
    return (
        len(line) < 160
        and not line.rstrip().endswith((".", "!", "?", ":", ";", "»", '"'))
        and not _TIES.match(line)
    )


def _related_tail(lines: list[str]) -> int:
    """Index where a foot-of-page list of two or more related headlines starts, or one
    headline under its rubric (rubric_teasers)."""
    i = len(lines)
    while i > 0 and _is_headline(lines[i - 1]):
        i -= 1
    if len(lines) - i == 1 and i > 0 and rubric_teaser(lines[-1]):
        return i
    return i if len(lines) - i >= 2 and i > 0 else len(lines)


GAP_LINES = 3  # empty lines in a row that set the page's foot apart from its article


def _foot_after_gap(raw_lines: list[str]) -> int:
    """Index of the raw line where a foot of other headlines starts: after a gap of GAP_LINES
    empty lines, two or more short lines, each a headline or cut off with "…" ("«Она пешка!» -
    в Лондоне назвали причину отказа в визе Викто..."), up to the page's end."""
    gap, start = 0, len(raw_lines)
    for i, line in enumerate(raw_lines):
        if not line.strip():
            gap += 1
            continue
        if gap >= GAP_LINES:
            start = i
        gap = 0
    foot = [line.strip() for line in raw_lines[start:] if line.strip()]
    short = all(
        len(line) < 160 and (_is_headline(line) or line.endswith(("...", "…"))) for line in foot
    )
    return start if len(foot) >= 2 and short else len(raw_lines)


def _label_block(lines: list[str]) -> int:
    """How many of the first lines are a block of field labels (LABEL_RUN or more lines of one
    or two words, no sentence among them), 0 when there is none."""
    n = 0
    while n < len(lines) and _LABEL.match(lines[n]):
        n += 1
    return n if n >= LABEL_RUN else 0


def clean_page(raw: str) -> CleanedPage:
    """The article of a Russian page: the first line that is not chrome is the title, the
    next the lede, the rest body; a related-headline list at the foot is dropped, as is the
    line after a "Читайте также" label standing alone."""
    page = CleanedPage(text="")
    kept: list[str] = []
    after_label = after_byline = after_block = teaser = in_block = after_author = False
    raw_lines = raw.splitlines()
    comments = comments_start(raw_lines)
    page.dropped.extend(("comments", line.strip()) for line in raw_lines[comments:] if line.strip())
    raw_lines = raw_lines[:comments]
    foot = _foot_after_gap(raw_lines)
    page.dropped.extend(("related", line.strip()) for line in raw_lines[foot:] if line.strip())
    lines = [
        cut_glued_chrome(strip_credits(cyrillic_lookalikes(guillemets(" ".join(raw_line.split())))))
        for raw_line in raw_lines[:foot]
    ]
    lines = [line for line in lines if line]
    labels = _label_block(lines)
    for i, line in enumerate(lines):
        kind = line_kind(line) or ("tags" if tag_line(line) else None)
        following = line_kind(lines[i + 1]) if i + 1 < len(lines) else None
        if kind is None and _CITY_LABEL.match(line) and following == "widget":
            kind = "widget"
        if kind is None and i < labels:
            kind = "widget"  # an archive copy's fields: "Дата", "Автор", "Источник", …
        if kind is None and after_label and _is_headline(line.rstrip('»"')):
            kind = "read-also"  # a label's headline may close on a quoted name («Новичком»)
        elif kind is None and teaser:
            kind = "read-also"  # the teaser of a related-news block's headline
        elif kind is None and in_block and _is_headline(line):
            kind = "read-also"  # a block's marker covers every headline up to prose
        teaser = kind == "read-also" and after_block
        after_block = bool(_BLOCK_MARKER.match(line))
        in_block = after_block or (in_block and kind == "read-also")
        # a name alone on its line before the source's line is the byline too
        source_next = i + 1 < len(lines) and lines[i + 1].startswith("Источник:")
        date_next = i + 1 < len(lines) and bool(_DATE_ONLY.match(lines[i + 1]))
        name_line = bool(_NAME_ONLY.match(line)) and (
            after_byline
            or len(kept) <= BYLINE_LINES
            or source_next
            or (date_next and _given_name(line))
        )
        byline = (
            _BYLINE_LABEL.match(line)
            or _BYLINE_INLINE.match(line)
            or _NAME_DATE.match(line)
            or _BYLINE_OUTLET.match(line)
        )
        if kind is None and (byline or name_line):
            kind = "byline"
        elif kind is None and after_author and _AFFILIATION.match(line):
            kind = "byline"  # the author's post under the author's name
        after_author = kind == "byline" and (name_line or after_author)
        after_label = kind == "read-also" and len(line) < 40
        after_byline = kind == "byline" and bool(_BYLINE_LABEL.match(line))
        if kind == "clock" and page.page_clock is None:
            page.page_clock = line
        if kind:
            page.dropped.append((kind, line))
            continue
        kept.append(line)
    while len(kept) > BYLINE_LINES and _SIGNATURE.match(kept[-1]) and _given_name(kept[-1]):
        page.dropped.append(("byline", kept.pop()))  # the author signs at the text's end
    cards = story_cards(kept)  # other stories' cards: headline, teaser, stamp
    page.dropped.extend(("story-card", line) for i, line in enumerate(kept) if i in cards)
    kept = [line for i, line in enumerate(kept) if i not in cards]
    weather = weather_widgets(kept)
    page.dropped.extend(("widget", line) for i, line in enumerate(kept) if i in weather)
    kept = [line for i, line in enumerate(kept) if i not in weather]
    tail = _related_tail(kept)
    page.dropped.extend(("related", line) for line in kept[tail:])
    kept = kept[:tail]
    blocks: list[tuple[str, str]] = []
    for i, line in enumerate(kept):
        # an official site's "date, city" line may stand under a menu the page kept
        if page.dateline is None and (i <= 6 or (i <= 12 and _DATE_AND_PLACE.match(line))):
            dateline, rest = read_dateline(line)
            if dateline is not None:
                page.dateline, line = dateline, rest
        section = "title" if i == 0 else "lede" if i == 1 else "body"
        blocks.append((section, line))
    parts, offset = [], 0
    for section, line in blocks:
        page.sections.append((section, offset, offset + len(line)))
        parts.append(line)
        offset += len(line) + 2
    page.text = "\n\n".join(parts)
    return page
