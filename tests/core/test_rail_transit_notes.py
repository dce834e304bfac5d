"""Rail rates across the CIS railways: what stands in for the CIS Tariff Policy's rates in Swiss francs, and why."""
from __future__ import annotations

import datetime as dt

import pytest

KTZ_2010_HOPPER = 23.94 / 2012  # USD per t·km: KTZ's grain rate Kostanay → Dostyk, February 2010, ÷ 2,012 km


def _rate(tables, leg_id: str, equipment: str):
    return next(r for r in tables.leg_rates if r.leg_id == leg_id and r.equipment == equipment)


def test_the_turkmen_grain_rate_says_why_the_2010_rate_is_carried_forward(bundled_engine):
    """No Turkmen grain tariff after 2010 and no Tariff Policy base rate were found: the 2010 KTZ rate × 0.70 stands,
    and its note says why KTZ's own 2025 grain figure is not used there and that transit tariffs found are higher."""
    rate = _rate(bundled_engine.tables, "tm-rail-bolashak-bereket", "hopper")
    assert rate.amount == pytest.approx(KTZ_2010_HOPPER * 0.70, abs=1e-6)
    assert rate.as_of == dt.date(2010, 2, 15)
    note = rate.origin.estimate_note
    for said in ("carried forward", "no later absolute tariff for this wagon on this railway was found",
                 "KTZ's 2025 grain figure (USD 0.0057 per t·km) is not used on another railway",
                 "USD 0.0295 per t·km (2025", "'about 2,500 rubles' a tonne for 'about 2,000 km'",
                 "RUB 1.25 per t·km = USD 0.0164 at the table's 76.04 RUB/USD",
                 "set against those transit tariffs this rate is more likely low than high",
                 "no Turkmen grain tariff later than the 2010 base was found", "CIS Tariff Policy in Swiss francs",
                 "carried forward past March 2026"):
        assert said in note, said
    assert {"TAJNEWS_2022_KZTRANSIT", "ORDA_2025_KTZGRAIN", "TRK_2025Q3_TARIFF"} <= set(rate.origin.source_ids)
    assert "TAJNEWS_2022_KZTRANSIT" in bundled_engine.tables.sources


def test_oil_in_tank_wagons_takes_no_serhetyaka_coefficient(bundled_engine):
    """Turkmenistan's 0.70 via Serhetyaka is for goods other than oil in tank wagons; via Akyayla its 0.50 is for
    any goods. Bolashak–Bereket leads both ways and keeps 0.70, its note saying so."""
    tables = bundled_engine.tables
    kazakh = _rate(tables, "kz-rail-kostanay-beineu", "tank-wagon").amount
    for leg in ("tm-rail-bereket-tejen", "tm-rail-tejen-sarakhs", "tm-rail-tejen-torghundi"):
        rate = _rate(tables, leg, "tank-wagon")
        assert rate.amount == pytest.approx(kazakh, abs=1e-6)
        assert "is for goods other than oil and oil products carried in tank wagons" in rate.origin.estimate_note
    shared = _rate(tables, "tm-rail-bolashak-bereket", "tank-wagon")
    assert shared.amount == pytest.approx(kazakh * 0.70, abs=1e-6)
    assert "a compromise on this leg" in shared.origin.estimate_note
    # a wagon leaving by Akyayla pays 0.50 on the whole Turkmen section: Bereket–Etrek charges what Bolashak–Bereket
    # at 0.70 leaves of it
    legs = tables.legs
    whole = sum(_rate(tables, leg, "tank-wagon").amount * legs[leg].km
                for leg in ("tm-rail-bolashak-bereket", "tm-rail-bereket-etrek"))
    assert whole == pytest.approx(kazakh * 0.50 * 700, rel=1e-4)  # amounts kept to 6 decimals


def test_a_wagon_leaving_by_akyayla_pays_half_on_the_whole_turkmen_section(bundled_engine):
    """Demiryollary's notice for Q1 2026 gives 0.50 to goods in transit via Akyayla, in any wagon and in containers,
    and takes the section Serhetyaka–Akyayla out of the 0.70 via Serhetyaka; Bolashak–Bereket charged every wagon
    0.70, so a wagon leaving by Akyayla paid 0.70 on 467 of the section's 700 km."""
    tables = bundled_engine.tables
    legs = tables.legs
    for equipment in ("hopper", "c20", "c40", "r40"):
        kazakh = _rate(tables, "kz-rail-kostanay-beineu", equipment).amount if equipment != "hopper" else \
            KTZ_2010_HOPPER
        shared = _rate(tables, "tm-rail-bolashak-bereket", equipment)
        onward = _rate(tables, "tm-rail-bereket-etrek", equipment)
        assert shared.amount == pytest.approx(kazakh * 0.70, rel=1e-4), equipment  # on to Sarakhs or Serhetabat
        paid = shared.amount * legs["tm-rail-bolashak-bereket"].km + onward.amount * legs["tm-rail-bereket-etrek"].km
        assert paid == pytest.approx(kazakh * 0.50 * 700, rel=1e-4), equipment
        assert "0.50 on the whole section from Serhetyaka" in onward.origin.estimate_note
        assert "item 15.2.1.1" in onward.origin.estimate_note


def test_the_tariff_policy_is_named_on_the_railways_party_to_it_only(bundled_engine):
    tables = bundled_engine.tables
    for leg in ("kz-rail-kostanay-beineu", "uz-rail-tashkent-termez", "tm-rail-bereket-tejen", "azge-rail-baku-poti"):
        assert "charged under the CIS Tariff Policy" in _rate(tables, leg, "c40").origin.estimate_note, leg
    for leg in ("cn-rail-khorgos-urumqi", "ir-rail-tehran-bafq", "af-rail-hairatan-mazar"):
        note = _rate(tables, leg, "c40").origin.estimate_note
        assert "Tariff Policy" not in note and "this railway's own tariff for the wagon was not found" in note, leg


def test_a_border_without_a_cost_of_its_own_says_none_was_found(bundled_engine):
    fees = {f.fee_id: f for f in bundled_engine.tables.node_fees}
    assert fees["default-border-rail"].origin.estimate_note.startswith(
        "no rail border cost for this crossing found: the mean of the CAREC survey's Kazakh (297, 2022) and Uzbek "
        "(132, 2023) rail border costs, USD 214.5")
    assert fees["default-border-road"].origin.estimate_note.startswith(
        "no road border cost for this crossing found: the median of the CAREC survey's road border costs")


def test_tejen_sarakhs_takes_its_share_of_demiryollarys_farap_sarakhs_transit(bundled_engine):
    """Tejen – Sarakhs is timed as the other Turkmen legs are, on Demiryollary's transit by section (February 2024):
    Farap → Sarakhs, 17 h 38 min (48 h before), over the at least 441 km of the lines' kilometre posts."""
    leg = bundled_engine.tables.legs["tm-rail-tejen-sarakhs"]
    assert {"DEMIRYOLLARY_2024_TRANSIT", "WIKI_DE_TRANSCASPIAN", "WIKI_DE_PAHARAT_SARAHS"} <= set(
        leg.origin.source_ids)
    assert "ORIENT_2022_KTI" not in leg.origin.source_ids
    typical = leg.km / 441 * (17 + 38 / 60) / 24
    assert leg.days_typical == pytest.approx(typical, abs=0.006)
    assert leg.days_min == leg.days_typical
    assert leg.days_max == pytest.approx(typical * 48 / (17 + 38 / 60), abs=0.006)
    note = leg.origin.estimate_note
    assert "Farap → Sarakhs wagon transit, 17.63 h over 441 km at least" in note
    assert "the other way, Sarakhs → Farap, 35 h" in note and "48 h before" in note


def test_a_reefer_pays_the_cis_railways_reefer_coefficient_on_their_lines_only(bundled_engine):
    """The MTT (§34, from 15 August 2012) charges a refrigerated container the universal container's rate × 1.35: the
    CIS railways' reefer rows take that ratio on the dry box's rate; China, Iran and Afghanistan are not parties to the
    MTT, and no reefer figure of theirs was found, so their reefers pay the dry box's rate and say why."""
    tables = bundled_engine.tables
    for leg in ("kz-rail-kostanay-beineu", "uz-rail-tashkent-termez", "tm-rail-bereket-tejen", "azge-rail-baku-poti"):
        for reefer, dry in (("r20", "c20"), ("r40", "c40")):
            rate = _rate(tables, leg, reefer)
            assert rate.amount == pytest.approx(_rate(tables, leg, dry).amount * 1.35, rel=1e-5), (leg, reefer)
            assert "× 1.35 for a reefer" in rate.origin.estimate_note, (leg, reefer)
            assert "MTT_2012_REEFER" in rate.origin.source_ids
            assert rate.as_of == dt.date(2010, 2, 15)  # as old as the dry rate it rests on
    kazakh = _rate(tables, "kz-rail-kostanay-beineu", "r40")
    assert "KTZ's own coefficient, 1.7" in kazakh.origin.estimate_note
    assert "KTZ_2024_REEFER17" in kazakh.origin.source_ids
    assert "KTZ_2024_REEFER17" not in _rate(tables, "uz-rail-tashkent-termez", "r40").origin.source_ids
    for leg in ("cn-rail-khorgos-urumqi", "ir-rail-tehran-bafq", "af-rail-hairatan-mazar"):
        rate = _rate(tables, leg, "r40")
        assert rate.amount == pytest.approx(_rate(tables, leg, "c40").amount, rel=1e-9), leg
        assert "a reefer at the dry box's rate" in rate.origin.estimate_note, leg
        assert "MTT_2012_REEFER" not in rate.origin.source_ids, leg
    for source in ("MTT_2012_REEFER", "KTZ_2024_REEFER17"):
        assert source in tables.sources
