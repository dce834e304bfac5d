"""The interface language: Qt translators (.qm built from the committed .ts sources), layout direction, locale."""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..core import formatting as fmt
from ..core.messages import QT_TRANSLATE_NOOP, RIGHT_TO_LEFT, Wording
from ..core.vocabulary import name_lookup
from ..core.resources import resource_path
from .table_files import settings
from .translations import TranslationUnavailable, compiled_translation

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша", "ur": "اردو"}
_installed: list[QTranslator] = []


def saved_language() -> str:
    code = str(settings().value("language", "en"))
    return code if code in LANGUAGES else "en"


def save_language(code: str) -> None:
    store = settings()
    store.setValue("language", code)
    store.sync()


def bilingual_documents() -> bool:
    """Whether PDF, print and Excel quotes carry English beside the interface language."""
    return str(settings().value("documents/bilingual", "false")).lower() == "true"


def save_bilingual_documents(on: bool) -> None:
    store = settings()
    store.setValue("documents/bilingual", "true" if on else "false")
    store.sync()


_fonts_registered: list[str] = []


def register_fonts() -> list[str]:
    """The bundled fonts (Cyrillic and Kazakh letters in DejaVu Sans, Urdu in Noto Naskh Arabic), so a laptop
    without them still shows and prints every language. Returns the families registered."""
    from PySide6.QtGui import QFontDatabase

    if not _fonts_registered:
        for path in sorted(resource_path("fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _fonts_registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_fonts_registered))


URDU_FALLBACK = "Noto Naskh Arabic"


def _fall_back_for_urdu(app: QApplication, urdu: bool) -> None:
    """Urdu's own letters (ہ ے ٹ ں ھ), which the interface's font may lack where it has the Arabic ones, from the
    bundled Noto Naskh Arabic: else the system took them from whatever font it found first (Noto Kufi Arabic),
    a word's letters in two typefaces, and every line 2 px taller than in the bundled font (Urdu at 1366 × 689
    scrolled). Latin, Cyrillic and the letters the interface's font has are drawn in it as before."""
    font = app.font()
    families = [family for family in (font.families() or [font.family()]) if family != URDU_FALLBACK]
    if urdu and URDU_FALLBACK in register_fonts():
        families.append(URDU_FALLBACK)
    if families != font.families():
        font.setFamilies(families)
        app.setFont(font)


def install(app: QApplication, code: str) -> str:
    """Switch the application's translators, layout direction and default locale. Returns "" when the language's
    translation is in place, else why it is not (the interface then stays in English, with the language's
    numbers, dates and direction)."""
    register_fonts()
    learn_country_names()  # a country to avoid typed in any of the languages, whichever is in use
    _fall_back_for_urdu(app, code in RIGHT_TO_LEFT)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(code)
    QLocale.setDefault(locale)
    fmt.set_number_style(locale.groupSeparator(), locale.decimalPoint())
    fmt.set_direction(code in RIGHT_TO_LEFT)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    if code == "en":
        fmt.set_units(None)
        return ""
    problem = ""
    try:
        compiled = compiled_translation(code)
    except TranslationUnavailable as error:
        problem = str(error)
    else:
        ours = QTranslator(app)
        if ours.load(str(compiled)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            problem = f"{compiled} is not a translation Qt can read"
    if problem:
        log.warning("language %s: %s", code, problem)
    qt_own = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel…)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    fmt.set_units(QCoreApplication.translate)  # after the translators, so the unit words are found
    return problem


# Qt ships no Urdu translation of its own, so its standard buttons said "OK", "Cancel" in an Urdu window: their
# words, in the context Qt looks them up in, are translated with ours. Russian and Kazakh take Qt's own, which is
# installed after ours and so is asked first.
QT_BUTTON_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
                   QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
                   QT_TRANSLATE_NOOP("QPlatformTheme", "Save"), QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
                   QT_TRANSLATE_NOOP("QPlatformTheme", "&No"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"))

_countries_learnt: list[str] = []


def learn_country_names() -> None:
    """Teach the core the countries' names in every interface language, from the same translations that show
    them (countries.COUNTRIES, Terms context): "Афганистан", "Ауғанстан" and "افغانستان" are read as Afghanistan
    whatever the interface language. A language whose translation is missing is left out (logged)."""
    from ..core.countries import learn_local_names

    for code in LANGUAGES:
        if code == "en" or code in _countries_learnt:
            continue
        _countries_learnt.append(code)
        try:
            compiled = compiled_translation(code)
        except TranslationUnavailable as error:
            log.warning("language %s: %s", code, error)
            continue
        translator = QTranslator()
        if translator.load(str(compiled)):
            learn_local_names(lambda text, t=translator: t.translate("Terms", text) or text)


def current_language() -> str:
    """The language of the interface in use (from the default locale set by ``install``)."""
    from PySide6.QtCore import QLocale

    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def date_pattern() -> str:
    """The interface language's date order with a four-digit year (ISO yyyy-MM-dd for English), for date fields
    and dates in text alike."""
    if current_language() == "en":
        return "yyyy-MM-dd"
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def set_up_date_field(field) -> None:
    """A QDateEdit showing dates in the interface language's order. Its digits read left to right in Urdu too: a
    right-to-left field would show 2026/4/15."""
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: Qt orders sections by it
    field.setDisplayFormat(date_pattern())


def local_date(day: dt.date) -> str:
    """``day`` as the interface language's readers write it, always with a four-digit year; English keeps
    ISO 2026-03-01, because US month-first order would misread as day-first for buyers in Pakistan."""
    if current_language() == "en":  # also for a system locale we do not translate to
        return day.isoformat()
    # in right-to-left text a date is an isolate: 23/1/2026 keeps its order (fmt.isolate is a no-op otherwise)
    return fmt.isolate(QLocale().toString(QDate(day.year, day.month, day.day), date_pattern()))


def saved_time(text: str) -> str:
    """A time as saved quotes keep it (ISO ``2026-12-07 10:31:05``) to the minute, the date in the reader's order
    (``07.12.2026 10:31`` in Russian): a buyer reads no seconds. A bare ISO date as ``local_date``; anything else
    as it is."""
    try:
        moment = dt.datetime.fromisoformat(text.strip()) if text else None
    except ValueError:
        return text
    if moment is None:
        return ""
    if len(text.strip()) == 10:
        return local_date(moment.date())
    return f"{local_date(moment.date())} {moment:%H:%M}"


# English names and texts of the tables in use -> the interface language's (set with the tables)
LOCAL_TEXTS: dict[str, str] = {}
_local_name = name_lookup(LOCAL_TEXTS, QCoreApplication.translate)  # follows LOCAL_TEXTS as the tables change



RLM = "\u200f"  # RIGHT-TO-LEFT MARK: a strong right-to-left letter that shows nothing


def in_line_direction(text: str) -> str:
    """``text`` read in the interface's direction whatever it opens with. Qt takes a line's direction from its
    first strong letter and does not skip an isolated name, so Urdu's "⁨CPT⁩ کے تحت …" stood at the left and read
    "under … CPT"; a right-to-left mark before it makes the line Urdu's. Left to right, the text is as given."""
    if text and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and not text.startswith(RLM):
        return RLM + text
    return text


def local_dates(first, last) -> str:
    """Two dates as a span in the reader's order ("2024-04-01 – 2026-01-26"), or one where they are the same."""
    return local_date(first) if first == last else f"{local_date(first)} – {local_date(last)}"

def wording(*, bilingual: bool = False, stacked: bool = False) -> Wording:
    """How the window and documents say the core's names, messages, dates and figures in the interface language."""
    translate = QCoreApplication.translate
    return Wording(translate=translate, name=_local_name, date=local_date,
                   number=fmt.localise, language=current_language(),
                   bilingual=bilingual and current_language() != "en", stacked=stacked)


def say(text) -> str:
    """A message or name from the core in the interface language."""
    return wording().say(text)


def name(text: str) -> str:
    """A place, cargo, equipment or corridor name (or a closure reason) from the tables in the interface language."""
    return _local_name(text)
