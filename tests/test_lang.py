"""The English check: script, then the share of English function words; short texts are judged by script only."""

from __future__ import annotations

import pytest

from graph.articles.lang import MIN_WORDS, check_english

ENGLISH = (
    "More than thirty municipal deputies from Moscow and St. Petersburg signed an open letter on Monday calling on "
    "the president to resign. The signatories accuse the government of leading the country into a deep crisis. A "
    "Kremlin spokesman declined to comment on the letter at first. According to the newspaper, several deputies "
    "have since been summoned by the police for allegedly discrediting the armed forces."
)
NOT_ENGLISH = {
    "German": "Mehr als dreißig Abgeordnete aus Moskau und Sankt Petersburg haben am Montag einen offenen Brief "
    "unterzeichnet, in dem sie den Rücktritt des Präsidenten fordern. Die Unterzeichner werfen der Regierung vor, "
    "das Land in eine tiefe Krise geführt zu haben. Ein Sprecher des Kremls wollte sich zunächst nicht zu dem "
    "Schreiben äußern. Nach Angaben der Zeitung wurden mehrere Abgeordnete inzwischen von der Polizei vorgeladen.",
    "French": "Plus de trente élus municipaux de Moscou et de Saint-Pétersbourg ont signé lundi une lettre ouverte "
    "demandant la démission du président. Les signataires reprochent au gouvernement d'avoir plongé le pays dans une "
    "crise profonde. Un porte-parole du Kremlin n'a pas souhaité commenter cette initiative dans l'immédiat. Selon le "
    "journal, plusieurs élus ont depuis été convoqués par la police.",
    "Spanish": "Más de treinta concejales de Moscú y San Petersburgo firmaron el lunes una carta abierta en la que "
    "piden la dimisión del presidente. Los firmantes acusan al gobierno de haber llevado al país a una profunda "
    "crisis. Un portavoz del Kremlin no quiso comentar de inmediato la iniciativa. Según el periódico, varios "
    "concejales fueron citados después por la policía.",
    "Dutch": "Meer dan dertig gemeenteraadsleden uit Moskou en Sint-Petersburg hebben maandag een open brief "
    "ondertekend waarin zij het aftreden van de president eisen. De ondertekenaars verwijten de regering dat zij het "
    "land in een diepe crisis heeft gestort. Een woordvoerder van het Kremlin wilde in eerste instantie niet "
    "reageren op het initiatief.",
    "Russian": "Более тридцати муниципальных депутатов Москвы и Санкт-Петербурга в понедельник подписали открытое "
    "письмо с требованием отставки президента.",
    "Russian, short": "Депутаты потребовали отставки.",
    "Greek": "Περισσότεροι από τριάντα δημοτικοί σύμβουλοι υπέγραψαν ανοιχτή επιστολή.",
}


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_other_languages_are_not_english_and_say_why(language: str) -> None:
    check = check_english(NOT_ENGLISH[language])
    assert not check.english
    if "Russian" in language or language == "Greek":
        assert "script" in check.reason and check.latin_share < 0.5
    else:
        assert "common English words" in check.reason and check.stop_share < 0.1


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Putin spoke.",
        "Zelenskyy: Kyiv retakes Izium",
        "BREAKING: Quake hits Tokyo",
        ENGLISH + " " + NOT_ENGLISH["German"],  # an English article quoting a German paragraph
        "“Wir schaffen das,” Merkel said in Berlin on Monday, and the crowd cheered as she left the stage.",
    ],
)
def test_english_texts_long_and_short_are_english(text: str) -> None:
    check = check_english(text)
    assert check.english, check.reason


def test_short_latin_text_is_not_judged_by_words() -> None:
    short = " ".join(NOT_ENGLISH["German"].split()[: MIN_WORDS - 1])
    assert check_english(short).english, "too short to tell German from English headline-speak"
    assert not check_english(" ".join(NOT_ENGLISH["German"].split()[: MIN_WORDS + 5])).english
