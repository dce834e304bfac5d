"""Pakistani goods north under terms: what the buyer's landed cost in Kazakhstan says of where its figures come
from (a rate the user gave, a preference's sources, a rate of exchange past its age)."""
from __future__ import annotations

import datetime as dt

from gui.core.landed import price_quote
from gui.core.request import QuoteRequest
from gui.core.terms import Terms

GSP = ("ABIPA_2021_EAEUGSP", "FINTRIB_2021_EAEUGSP", "EEC_GSP_JLS", "INFORM_2017_EAEUGSPLIST", "PROPAK_2023_RUPK",
       "CUSTOMBY_GSP_2025", "EEC_RO_DEV_2018")


def kinnow(*, departure=dt.date(2026, 3, 1), quoted_on=None, proof=True):
    request = QuoteRequest("kinnow", "3", "reefer", "Lahore", "Almaty", departure, "USD", quoted_on=quoted_on)
    terms = Terms("DAP", "Almaty", "600", "per_tonne", "USD", "20", "per_tonne", "icc_a", "0.45", origin_proof=proof,
                  inputs=(("kz-cd-0805-2.rate_pct", 5), ("kz-cd-0805-2.specific_amount", 0.017)))
    return request, terms


def priced(engine, request, terms):
    result = engine.quote(request)
    return price_quote(engine.tables, engine.fx, result, terms)


def line(route, reference):
    return next(item for item in route.lines if item.reference == reference)


def test_a_duty_rate_the_user_gave_is_said_to_be_given(bundled_engine):
    # the tables leave the mandarins' EAEU rate blank: the 5 % / EUR 0.017 a kg is the user's stand-in, and the
    # line must say so, as a fee given for the quote does ("clearing agent: 1 × 25,000.00 PKR; given for this
    # quote"), not read as a rate of the tables
    price = priced(bundled_engine, *kinnow())
    duty = line(price.routes[0], "kz-cd-0805-2")
    assert str(duty.label).endswith("× 0.75, preference; given for this quote"), str(duty.label)
    assert "given" not in str(line(price.routes[0], "kz-vat").label)  # the VAT's 16 % is the tables'


def test_a_preference_cites_its_own_sources(bundled_engine):
    # the duty is 75 % of the rate for goods of Pakistani origin with their certificate: the factor comes from the
    # preference's row (kz-gsp-developing), whose sources and note must go with the line it changes
    price = priced(bundled_engine, *kinnow())
    duty = line(price.routes[0], "kz-cd-0805-2")
    assert "KODTNVED_0805" in duty.source_ids
    assert set(GSP) <= set(duty.source_ids), duty.source_ids
    assert "Pakistan's status as a developing-country user" in duty.estimate_note
    # without the certificate the preference is only said as a saving: the line keeps the rate's sources alone
    without = priced(bundled_engine, *kinnow(proof=False))
    assert not set(GSP) & set(line(without.routes[0], "kz-cd-0805-2").source_ids)


def test_an_old_rate_of_exchange_a_duty_uses_is_pointed_out(bundled_engine):
    # the EUR rate (23 January 2026) turns the EUR 0.017 a kg minimum into tenge: on 30 November it is 311 days
    # old, like the KZT and PKR rates the freight quote already points out, and must be said too
    request, terms = kinnow(departure=dt.date(2026, 12, 7), quoted_on=dt.date(2026, 11, 30))
    price = priced(bundled_engine, request, terms)
    assert "EUR" in {rate.currency for rate in price.fx}
    said = [str(w) for w in price.warnings]
    assert any("EUR/USD of 2026-01-23 (311 days old)" in w for w in said), said
    # within the limit, nothing is said
    fresh = priced(bundled_engine, *kinnow(quoted_on=dt.date(2026, 2, 20)))
    assert not any("EUR/USD" in str(w) for w in fresh.warnings)


def potatoes(proof: bool, *inputs):
    request = QuoteRequest("potatoes", "2", "r40", "Lahore", "Almaty", dt.date(2026, 12, 7), "USD",
                           quoted_on=dt.date(2026, 11, 30))
    return request, Terms("DAP", "Almaty", "300", "per_tonne", "USD", origin_proof=proof, inputs=inputs)


def test_a_certificate_of_origin_is_a_fee_only_where_one_goes_with_the_goods(bundled_engine):
    # without a certificate the buyer claims no preference and the EAEU asks for none: the price does not say it
    # "left out" a certificate of origin, nor count it among Pakistan's export documents not given
    route = priced(bundled_engine, *potatoes(False)).routes[0]
    assert "pk-origin-certificate" not in {item.reference for item in route.lines}
    assert not any("certificate of origin" in str(w) and "left out" in str(w) for w in route.warnings)
    assert any("would be 75% of the rate" in str(w) for w in route.warnings)  # the saving is still said
    # with one, its fee is the seller's export document: blank in the tables, left out until given
    route = priced(bundled_engine, *potatoes(True)).routes[0]
    certificate = line(route, "pk-origin-certificate")
    assert certificate.amount is None and certificate.party == "seller"
    assert any("left out" in str(w) and "certificate of origin" in str(w) for w in route.warnings)
    given = priced(bundled_engine, *potatoes(True, ("pk-origin-certificate", 3000))).routes[0]
    assert line(given, "pk-origin-certificate").amount == 3000.0


def test_the_terminal_says_a_long_line_whole(bundled_engine):
    # the terminal's price line by line cut each line's working at 92 characters: the kinnow duty lost its
    # "× 0.75, preference; given for this quote", which the PDF, the Excel quote and the JSON say
    from gui.core.price_report import add_prices, text_lines
    from gui.core.report import result_to_dict

    request, terms = kinnow()
    result = bundled_engine.quote(request)
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result, terms)
    document = add_prices(result_to_dict(result), price, bundled_engine.tables)
    text = "\n".join(text_lines(document))
    duty = str(line(price.routes[0], "kz-cd-0805-2").label)
    assert len(duty) > 92
    rows = text.splitlines()
    at = next(i for i, r in enumerate(rows) if r.startswith("  B customs duty"))
    # the figures stay on the line's first row, the working runs on under it
    assert rows[at].rstrip().endswith("1,203,051.02 KZT       2,390.09"), rows[at]
    said = [rows[at][4:96], *(r for r in rows[at + 1:at + 3] if r.startswith("      "))]
    assert " ".join(" ".join(said).split()) == " ".join(duty.split()), said


def test_a_seller_insuring_under_a_d_rule_insures_its_own_price(bundled_engine):
    # DAP Khorgos: the seller's risk ends at Khorgos, and the gauge change and the rail to Almaty after it are the
    # buyer's. A seller insuring by choice covered (and billed in its price) 110 % of the goods and the carriage to
    # Almaty, the buyer's 1,430.33 USD with it: 0.4 % of 29,652.66 = 118.61 USD. It insures its own price, as under
    # CIP, and the customs value takes the smaller premium.
    request = QuoteRequest("potatoes", "2", "r40", "Lahore", "Almaty", dt.date(2026, 12, 7), "USD",
                           quoted_on=dt.date(2026, 11, 30))
    terms = Terms("DAP", "Khorgos", "300", "per_tonne", "USD", insurance_cover="icc_a", insurance_rate_pct="0.4")
    route = priced(bundled_engine, request, terms).routes[0]
    assert route.place_id == "khorgos" and route.lines[-1].party == "buyer"  # Khorgos is on the way, not the end
    cover = line_of_kind(route, "insurance")
    assert cover.party == "seller"
    assert f"(110 % of {route.seller_price:,.2f} USD)" in str(cover.label), (str(cover.label), route.seller_price)
    assert cover.amount == 114.19 and route.seller_price == 25951.21  # 0.44 % × 25,837.02 ÷ (1 − 0.0044)
    # at the destination nothing changes: the seller's cover runs to Almaty, its own carriage
    whole = priced(bundled_engine, request, Terms("DAP", "Almaty", "300", "per_tonne", "USD",
                                                   insurance_cover="icc_a", insurance_rate_pct="0.4")).routes[0]
    assert f"(110 % of {whole.seller_price:,.2f} USD)" in str(line_of_kind(whole, "insurance").label)


def line_of_kind(route, kind):
    return next(item for item in route.lines if item.kind == kind)


def test_the_kazakh_declaration_and_broker_are_charged_with_their_sources(bundled_engine):
    # the goods declaration (20,000 KZT, eGov.kz's service card) and the broker (an estimate from a published
    # customs-representative tariff) are in the buyer's landed cost; the quarantine permit is still left out
    route = priced(bundled_engine, *kinnow()).routes[0]
    declaration, broker = line(route, "kz-declaration"), line(route, "kz-broker")
    assert (declaration.amount, declaration.currency, declaration.party) == (20000.0, "KZT", "buyer")
    assert "EGOV_KZ_CUSTOMSCLEAR" in declaration.source_ids
    assert (broker.amount, broker.currency, broker.party) == (60000.0, "KZT", "buyer")
    assert "DHL_KZ_2024_BROKER" in broker.source_ids and broker.estimate_note.startswith("ESTIMATE")
    said = [str(w) for w in route.warnings if "left out" in str(w)]
    assert said and all("customs broker" not in w and "customs declaration fee" not in w for w in said), said
    assert any("import quarantine permit" in w for w in said), said


def test_the_seller_pays_the_kazakh_export_declaration_under_cpt(bundled_engine):
    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1), "USD")
    route = priced(bundled_engine, request, Terms("CPT", "Karachi", "180", "per_tonne", "USD")).routes[0]
    export = line(route, "kz-export-declaration")
    assert (export.amount, export.currency, export.party) == (20000.0, "KZT", "seller")
    assert "EGOV_KZ_CUSTOMSCLEAR" in export.source_ids
    assert "kz-declaration" not in {item.reference for item in route.lines}  # the import side is Pakistan's
