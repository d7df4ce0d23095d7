"""A corpus in two languages the tests write, as one JSONL file: four English articles
(Reuters, CNN) and four Russian ones (TASS, RIA Novosti, Interfax, RT) on the same events —
the Warsaw summit and Kaliningrad in 2016, the INF Treaty and the London meeting in 2019 —
and one Ukrainian article, which the extraction does not read yet. Written for the tests in
the style of each outlet; dates and outlets come as metadata, as in a scraped corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

# (source, date, url, title, text)
ARTICLES: list[tuple[str, str, str, str, str]] = [
    (
        "Reuters",
        "2016-07-08",
        "https://www.reuters.com/article/nato-warsaw-battalions",
        "NATO agrees to send battalions to the Baltics and Poland",
        "WARSAW (Reuters) - NATO leaders agreed on Friday at the summit in Warsaw to send four "
        "battalions to Estonia, Latvia, Lithuania and Poland, the alliance's biggest build-up "
        "on its eastern flank since the Cold War.\n\n"
        "NATO Secretary General Jens Stoltenberg said the deployment was a response to "
        'Russia\'s annexation of Crimea. "We do not want a new Cold War," Stoltenberg told '
        "reporters.\n\nMoscow called the decision a provocation.",
    ),
    (
        "CNN",
        "2016-11-02",
        "https://edition.cnn.com/2016/11/02/europe/kaliningrad-iskander",
        "Russia moves nuclear-capable missiles to Kaliningrad",
        "(CNN) Russia has moved nuclear-capable Iskander missiles to Kaliningrad, Lithuanian "
        "officials said on Wednesday, a threat to Poland and the Baltic states.\n\n"
        "Kremlin spokesman Dmitry Peskov said Russia had the right to deploy weapons anywhere "
        "on its own territory. Jens Stoltenberg said NATO would defend every ally.",
    ),
    (
        "CNN",
        "2019-02-02",
        "https://edition.cnn.com/2019/02/02/politics/inf-treaty-russia",
        "Putin suspends Russia's part in the INF Treaty",
        "(CNN) Russian President Vladimir Putin said on Saturday that Russia would suspend its "
        "obligations under the INF Treaty, a day after the United States announced its "
        "withdrawal.\n\n"
        "Secretary of State Mike Pompeo said Russia had violated the treaty for years. NATO "
        "backed Washington's decision.",
    ),
    (
        "Reuters",
        "2019-12-04",
        "https://www.reuters.com/article/nato-summit-london",
        "NATO leaders meet in London, call Russia a threat",
        "LONDON (Reuters) - NATO leaders meeting near London on Wednesday said Russia's "
        "aggressive actions were a threat to Euro-Atlantic security.\n\n"
        "U.S. President Donald Trump clashed with French President Emmanuel Macron over the "
        'alliance\'s future. Stoltenberg said: "We remain open for dialogue with Russia."',
    ),
    (
        "TASS",
        "2016-07-09",
        "https://tass.ru/politika/3442711",
        "Лавров: решения саммита НАТО в Варшаве угрожают безопасности России",
        "МОСКВА, 9 июля. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил в субботу, "
        "что решения саммита НАТО в Варшаве о размещении батальонов в Прибалтике и Польше "
        "угрожают безопасности России.\n\n"
        "«Мы не хотим новой холодной войны, но ответим на любые угрозы», — сказал Лавров. "
        "Генсек НАТО Йенс Столтенберг накануне назвал развертывание оборонительным.",
    ),
    (
        "Interfax",
        "2016-11-02",
        "https://www.interfax.ru/russia/534512",
        "Песков: размещение «Искандеров» в Калининграде — право России",
        "Москва. 2 ноября. INTERFAX.RU - Пресс-секретарь президента России Дмитрий Песков "
        "заявил в среду, что Россия вправе размещать вооружения на всей своей территории, "
        "включая Калининградскую область.\n\n"
        "Литва и Польша ранее выразили обеспокоенность, а генсек НАТО Йенс Столтенберг "
        "пообещал защищать всех союзников.",
    ),
    (
        "RT",
        "2019-02-02",
        "https://russian.rt.com/world/article/599012-putin-drsmd",
        "Путин приостановил участие России в ДРСМД",
        "Президент России Владимир Путин заявил в субботу, что Москва приостанавливает участие "
        "в Договоре о ликвидации ракет средней и меньшей дальности в ответ на решение США.\n\n"
        "«Наши американские партнеры объявили о приостановке участия в договоре, и мы тоже "
        "приостанавливаем», — сказал Путин на встрече с Сергеем Лавровым и Сергеем Шойгу.",
    ),
    (
        "RIA Novosti",
        "2019-12-04",
        "https://ria.ru/20191204/1561899001.html",
        "Саммит НАТО в Лондоне завершился",
        "ЛОНДОН, 4 дек — РИА Новости. Лидеры стран НАТО на саммите в Лондоне назвали "
        "действия России угрозой для евроатлантической безопасности.\n\n"
        "Президент США Дональд Трамп поспорил с президентом Франции Эммануэлем Макроном о "
        "будущем альянса. Генсек НАТО Йенс Столтенберг заявил, что альянс открыт для "
        "диалога с Москвой.",
    ),
    (
        "Ukrinform",
        "2019-12-04",
        "https://www.ukrinform.ua/rubric-polytics/2832461",
        "Столтенберг: НАТО підтримує Україну",
        "Генеральний секретар НАТО Єнс Столтенберг заявив у середу в Лондоні, що Альянс і надалі "
        "підтримуватиме суверенітет і територіальну цілісність України. Він закликав Росію "
        "вивести свої сили з Донбасу.",
    ),
]


def write_mixed_corpus(folder: Path) -> Path:
    """The corpus as `folder/mixed.jsonl`; returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mixed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for source, day, url, title, text in ARTICLES:
            row = {"source": source, "date": day, "url": url, "title": title, "text": text}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
