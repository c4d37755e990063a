//! The interface languages the package ships: English (the labels'
//! defaults), Azerbaijani (Latin script) and Russian. The widget speaks the
//! language of the `lang` attribute on its element or, failing that, on the
//! closest ancestor that has one (`<html lang="az">`); a site's `labels`
//! still override any key. The charter's own text stays the official
//! English in every language.
//!
//! Plural forms follow the language's rules through the browser's
//! `Intl.PluralRules`. Dates are written from each language's month names and
//! date pattern (labels `months`, `date_long`), not `Intl.DateTimeFormat`:
//! browsers' locale data differ (one without Azerbaijani data writes
//! "2026 M02 10"), and the static view, rendered at build time, must read as
//! the live one does in every browser.

use wasm_bindgen::JsValue;

/// A shipped interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English (the defaults in [`super::labels`]).
    #[default]
    En,
    /// Azerbaijani, Latin script.
    Az,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every shipped language.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Az, Lang::Ru];

    /// The language of a BCP 47 tag (`az`, `az-Latn-AZ`, `ru-RU`); English for
    /// any other.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "az" => Lang::Az,
            "ru" => Lang::Ru,
            _ => Lang::En,
        }
    }

    /// The language of an element: its own `lang`, else its closest
    /// ancestor's (inside a shadow root, the host's).
    pub fn of(el: &web_sys::Element) -> Lang {
        let mut node = Some(el.clone());
        while let Some(e) = node {
            if let Ok(Some(found)) = e.closest("[lang]") {
                return Lang::from_tag(&found.get_attribute("lang").unwrap_or_default());
            }
            // Out of a shadow root to its host.
            node = e
                .get_root_node()
                .dyn_into::<web_sys::ShadowRoot>()
                .ok()
                .map(|r| r.host());
        }
        Lang::En
    }

    /// Its BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Az => "az",
            Lang::Ru => "ru",
        }
    }

    /// Its labels, by key (English: none, the defaults are English).
    pub fn pack(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => &[],
            Lang::Az => AZ,
            Lang::Ru => RU,
        }
    }

    /// The plural category of `n` ("one", "few", "many", "other").
    pub fn plural(self, n: usize) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            let locales = js_sys::Array::of1(&JsValue::from_str(self.code()));
            let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
            String::from(rules.select(n as f64))
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = JsValue::NULL;
            if n == 1 { "one" } else { "other" }.to_string()
        }
    }
}

use wasm_bindgen::JsCast;

/// Azerbaijani (Latin script). Search words in examples stay English: the
/// charter's text is English.
pub const AZ: &[(&str, &str)] = &[
    ("kicker", "Azərbaycan – Amerika Birləşmiş Ştatları"),
    ("title", "Strateji Tərəfdaşlıq Xartiyası"),
    ("signed", "{date} tarixində Bakıda imzalanıb"),
    ("months", "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr"),
    ("date_long", "{d} {month} {y}"),
    ("search", "Xartiyada axtarış"),
    ("placeholder", "Xartiyada axtarın — məsələn, “energy” və ya “demining”"),
    ("clear", "Təmizlə"),
    ("all", "Hamısı"),
    ("filter", "Bölməyə görə seçin"),
    ("show_all", "Bütün bölmələri göstər"),
    ("count_one", "{n} bənd"),
    ("count_few", "{n} bənd"),
    ("count_many", "{n} bənd"),
    ("count_other", "{n} bənd"),
    ("partial", "Sözlərinizin bir qismi keçən bəndlər"),
    ("no_results", "Xartiyada “{q}” keçmir."),
    ("no_results_here", "Bu bölmədə “{q}” keçən bənd yoxdur; digər bölmələrdə {n} bənd var."),
    ("no_results_wording", "“{w}” bəndlərinin heç birində “{q}” keçmir."),
    ("not_in_charter", "Xartiyada yoxdur:"),
    ("loading_related", "Əlaqəli sözlər axtarılır…"),
    ("related", "əlaqəli söz: {w}"),
    ("related_note", "Sizin sözünüzlə əlaqəli söz vasitəsilə tapıldı; xartiyada “{w}” yazılıb."),
    ("did_you_mean", "Bəlkə, {s}?"),
    ("truncated", "Axtarış sorğunuz qısaldıldı."),
    ("topic", "Mövzu"),
    ("copy_citation", "İstinadı kopyala"),
    ("copy_link", "Keçidi kopyala"),
    ("copied", "Kopyalandı"),
    ("copy_failed", "Kopyalamaq alınmadı — mətni seçib kopyalayın"),
    ("previous", "Əvvəlki"),
    ("next", "Növbəti"),
    ("back", "Nəticələrə qayıt"),
    ("about", "Haqqında"),
    ("about_title", "Xartiya haqqında"),
    ("context_note", "Xəbər məqaləsindən kontekst — xartiyanın mətninə daxil deyil."),
    ("official_text", "Xartiyanın mətni rəsmi ingiliscə mətndir; interfeys azərbaycancadır."),
    ("close", "Bağla"),
    ("section", "Bölmə"),
    ("paragraph", "bənd"),
    ("opening_paragraph", "giriş bəndi"),
    ("preamble", "Preambula"),
    ("opened", "Açıldı: {place}"),
    ("browse", "Xartiyanın tam mətni"),
    ("signatories", "İmzalayanlar:"),
    ("cite_paragraph", "bənd"),
    ("cite_opening_paragraph", "giriş bəndi"),
    ("clause_nav", "Bəndlər"),
    ("loading", "Axtarış yüklənir…"),
    ("wording", "İfadələr nə dərəcədə öhdəlik yaradır?"),
    ("binding_none", "Heç bir bənddə “shall” və ya “agree to” kimi öhdəlik yaradan ifadə yoxdur: heç biri tərəflərə öhdəlik qoymur."),
    ("binding_some", "{total} bənddən {n} bənddə “{w}” kimi öhdəlik yaradan ifadələr var."),
    ("wording_binds", "öhdəlik yaradır"),
    ("wording_aims", "məqsəd qoyur"),
    ("wording_intent", "niyyət bildirir"),
    ("wording_may", "imkan verir"),
    ("wording_reaffirms", "yenidən təsdiqləyir"),
    ("wording_states", "bəyan edir"),
    ("note_from", "Qeyd: {by}"),
    ("note_by", "redaksiya"),
    ("note_marker", "Qeyd"),
    ("note_matches", "Xartiyada deyil, {by} qeydlərində tapıldı"),
    ("note_link", "Ətraflı"),
    ("map", "Xartiyanın xəritəsi"),
    ("map_tile", "{id}"),
    ("map_tile_match", "{id}, uyğundur"),
    ("overview", "Xəritə və ifadələr"),
    ("share", "Paylaş"),
    ("shared", "Paylaşıldı"),
    ("link_copied", "Keçid kopyalandı"),
    ("share_search", "“{q}” — {title}"),
];

/// Russian.
pub const RU: &[(&str, &str)] = &[
    ("kicker", "Азербайджан – Соединённые Штаты"),
    ("title", "Хартия о стратегическом партнёрстве"),
    ("signed", "Подписана в Баку {date}"),
    ("months", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    ("date_long", "{d} {month} {y} г."),
    ("search", "Поиск по хартии"),
    ("placeholder", "Поиск по хартии — например, «energy» или «demining»"),
    ("clear", "Очистить"),
    ("all", "Все"),
    ("filter", "Фильтр по разделам"),
    ("show_all", "Показать все разделы"),
    ("count_one", "{n} пункт"),
    ("count_few", "{n} пункта"),
    ("count_many", "{n} пунктов"),
    ("count_other", "{n} пункта"),
    ("partial", "Упоминают часть ваших слов"),
    ("no_results", "В хартии не упоминается «{q}»."),
    ("no_results_here", "В этом разделе нет «{q}»; в других разделах совпадений: {n}."),
    ("no_results_wording", "Среди пунктов с пометкой «{w}» нет «{q}»."),
    ("not_in_charter", "Нет в хартии:"),
    ("loading_related", "Ищем родственные слова…"),
    ("related", "родственное слово: {w}"),
    ("related_note", "Найдено через слово, родственное вашему; в хартии сказано «{w}»."),
    ("did_you_mean", "Возможно, вы имели в виду {s}?"),
    ("truncated", "Запрос сокращён."),
    ("topic", "Тема"),
    ("copy_citation", "Копировать ссылку на источник"),
    ("copy_link", "Копировать адрес"),
    ("copied", "Скопировано"),
    ("copy_failed", "Не удалось скопировать — выделите текст и скопируйте его"),
    ("previous", "Предыдущий"),
    ("next", "Следующий"),
    ("back", "К результатам"),
    ("about", "О хартии"),
    ("about_title", "Об этой хартии"),
    ("context_note", "Контекст из новостной статьи — не часть текста хартии."),
    ("official_text", "Текст хартии приводится в официальной английской редакции; интерфейс — на русском."),
    ("close", "Закрыть"),
    ("section", "Раздел"),
    ("paragraph", "пункт"),
    ("opening_paragraph", "вводный абзац"),
    ("preamble", "Преамбула"),
    ("opened", "Открыто: {place}"),
    ("browse", "Полный текст хартии"),
    ("signatories", "Подписали:"),
    ("cite_paragraph", "п."),
    ("cite_opening_paragraph", "вводн. абз."),
    ("clause_nav", "Пункты"),
    ("loading", "Поиск загружается…"),
    ("wording", "Насколько обязывают формулировки?"),
    ("binding_none", "Ни в одном пункте нет обязывающих слов вроде «shall» или «agree to»: ни один пункт не обязывает стороны."),
    ("binding_some", "{n} из {total} пунктов содержат обязывающие слова вроде «{w}»."),
    ("wording_binds", "обязывает"),
    ("wording_aims", "ставит цель"),
    ("wording_intent", "выражает намерение"),
    ("wording_may", "допускает"),
    ("wording_reaffirms", "подтверждает"),
    ("wording_states", "констатирует"),
    ("note_from", "Заметка: {by}"),
    ("note_by", "редакция"),
    ("note_marker", "Заметка"),
    ("note_matches", "Найдено в заметках ({by}), не в хартии"),
    ("note_link", "Подробнее"),
    ("map", "Карта хартии"),
    ("map_tile", "{id}"),
    ("map_tile_match", "{id}, совпадение"),
    ("overview", "Карта и формулировки"),
    ("share", "Поделиться"),
    ("shared", "Отправлено"),
    ("link_copied", "Ссылка скопирована"),
    ("share_search", "«{q}» — {title}"),
];

#[cfg(test)]
mod tests {
    use super::super::labels::Labels;
    use super::*;

    /// `{n}`, `{q}`… in a label.
    fn holes(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|x| x.0))
            .collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn every_label_key_exists_in_every_shipped_language() {
        let en = Labels::default();
        for lang in [Lang::Az, Lang::Ru] {
            let pack = lang.pack();
            let keys: Vec<&str> = pack.iter().map(|p| p.0).collect();
            for k in Labels::KEYS {
                assert_eq!(keys.iter().filter(|x| *x == k).count(), 1, "{lang:?}: {k}");
            }
            assert_eq!(
                keys.len(),
                Labels::KEYS.len(),
                "{lang:?}: keys that are no label"
            );
            for (k, v) in pack {
                let english = en.get(k).unwrap();
                // The same placeholders, except the signing place, which the
                // translations write in their own spelling ("Bakı", "Баку").
                let want: Vec<&str> = holes(english)
                    .into_iter()
                    .filter(|h| *h != "place" || *k != "signed")
                    .collect();
                assert_eq!(holes(v), want, "{lang:?}: {k}");
                assert!(!v.trim().is_empty(), "{lang:?}: {k} is empty");
            }
        }
    }

    #[test]
    fn dates_in_each_language() {
        let date = |lang: Lang, iso: &str| {
            let mut l = Labels::default();
            l.localize(lang);
            l.long_date(iso)
        };
        assert_eq!(
            date(Lang::En, "2026-02-10").as_deref(),
            Some("10 February 2026")
        );
        assert_eq!(
            date(Lang::Az, "2025-08-08").as_deref(),
            Some("8 avqust 2025")
        );
        assert_eq!(
            date(Lang::Ru, "2026-02-10").as_deref(),
            Some("10 февраля 2026 г.")
        );
        assert_eq!(date(Lang::Ru, "2026-13-01"), None);
        assert_eq!(date(Lang::En, "every year"), None);
        assert_eq!(date(Lang::En, ""), None);
    }

    #[test]
    fn languages_from_tags() {
        assert_eq!(Lang::from_tag("az"), Lang::Az);
        assert_eq!(Lang::from_tag("az-Latn-AZ"), Lang::Az);
        assert_eq!(Lang::from_tag("RU-ru"), Lang::Ru);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("tr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn localising_keeps_a_sites_own_labels() {
        let (mut l, _) = Labels::merge([("search".to_string(), "Axtar".to_string())]);
        l.localize(Lang::Az);
        assert_eq!(l.search, "Axtar", "the site's label wins");
        assert_eq!(l.title, "Strateji Tərəfdaşlıq Xartiyası");
        let mut en = Labels::default();
        en.localize(Lang::En);
        assert_eq!(en, Labels::default());
    }
}
