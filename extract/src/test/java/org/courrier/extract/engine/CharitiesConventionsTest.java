package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.Signatory;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-fourth batch (authors EC-EF: French and English on
 * churches and religious bodies, charities, NGOs, foundations, international organisations and development banks)
 * joined, each pinned by a small letter written for the test.
 */
class CharitiesConventionsTest {

    @Test
    void anOfficesHolderAfterADashIsAnotherCopy() {
        assertThat(fields(requestWithCopies("Copie : Conseil régional du culte musulman – M. le Maire de Saint-Denis"))
                        .copies()
                        .value())
                .containsExactly("Conseil régional du culte musulman", "M. le Maire de Saint-Denis");
        assertThat(fields(requestWithCopies("Copie : Service de l'action sociale – M. Paul Hoarau"))
                        .copies()
                        .value())
                .containsExactly("Service de l'action sociale – M. Paul Hoarau");
    }

    @Test
    void aBodyNamedByItsAcronymThenOneNamedInWordsAreTwoCopies() {
        assertThat(fields(requestWithCopies("Copie : DIMENC – Mairie de Boulouparis"))
                        .copies()
                        .value())
                .containsExactly("DIMENC", "Mairie de Boulouparis");
    }

    @Test
    void aNoteInBracketsUnderACopyIsThatCopys() {
        PageSketch p = new PageSketch()
                .line("TRADE AND INDUSTRY DEPARTMENT")
                .skip(2)
                .line("Our Ref.: TID FR/2025/0147")
                .line("28 February 2025")
                .skip(1)
                .line("Golden Harvest Garments Limited")
                .line("Kwun Tong, Kowloon")
                .skip(1)
                .line("Dear Sirs,")
                .skip(1)
                .line("Factory Registration under the Import and Export Ordinance")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .at(0.5, "Yours sincerely,")
                .skip(2)
                .at(0.5, "( Miss WONG Mei-ling )")
                .at(0.5, "for Director-General of Trade and Industry")
                .skip(1)
                .line("c.c.   Commissioner of Customs and Excise")
                .at(0.145, "(Attn: Head, Trade Controls Branch)");
        assertThat(fields(p).copies().value())
                .containsExactly("Commissioner of Customs and Excise (Attn: Head, Trade Controls Branch)");
    }

    @Test
    void theLastCopyCloseOverASmallerFooterIsStillACopy() {
        PageSketch p = new PageSketch()
                .line("FEDERAL MINISTRY OF EDUCATION")
                .skip(2)
                .line("Ref: FME/PS/SSI/2025/019")
                .line("14th April, 2025")
                .skip(1)
                .line("All Honourable Commissioners for Education")
                .skip(1)
                .line("SAFE SCHOOLS INITIATIVE: QUARTERLY REPORTS")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .at(0.6, "Dr. Adamu Y. Garba")
                .at(0.6, "Permanent Secretary")
                .piece(0.096, 2999, "cc:", 29)
                .piece(0.096, 3053, "Honourable Minister of Education", 28)
                .piece(0.096, 3109, "Head of the Civil Service of the Federation", 28)
                .piece(0.096, 3163, "National Security Adviser", 28)
                .piece(0.096, 3216, "Executive Secretary, Universal Basic Education Commission", 28)
                .piece(0.35, 3253, "Safe Schools, Safe Futures  •  www.education.gov.ng", 22);
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Honourable Minister of Education",
                        "Head of the Civil Service of the Federation",
                        "National Security Adviser",
                        "Executive Secretary, Universal Basic Education Commission");
    }

    @Test
    void oneWordAloneUnderACopyRunToTheMarginEndsIt() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF LOCAL GOVERNMENT")
                .skip(2)
                .line("Ref: ADM/45/221/01")
                .line("3rd March, 2025")
                .skip(1)
                .line("All Chief Administrative Officers")
                .skip(1)
                .line("HANDOVER OF OFFICE BY ACCOUNTING OFFICERS")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Ahimbisibwe K. Mugisha")
                .line("PERMANENT SECRETARY")
                .skip(1)
                .line("Copy to: Hon. Minister of Local Government")
                .at(0.19, "Hon. Ministers of State for Local Government")
                .at(
                        0.19,
                        "The Permanent Secretary/Secretary to the Treasury, Ministry of Finance, Planning and Economic")
                .at(0.19, "Development")
                .at(0.19, "The Auditor General");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Hon. Minister of Local Government",
                        "Hon. Ministers of State for Local Government",
                        "The Permanent Secretary/Secretary to the Treasury, Ministry of Finance, Planning and Economic"
                                + " Development",
                        "The Auditor General");
    }

    @Test
    void aLineOpeningInLowerCaseUnderTheFirstCopyEndsItsWrappedName() {
        PageSketch p = new PageSketch()
                .line("PACIFIC ISLANDS FORUM SECRETARIAT")
                .skip(2)
                .line("MEMORANDUM")
                .skip(1)
                .line("TO: Permanent Secretary for Foreign Affairs")
                .line("DATE: 21 May 2025")
                .line("REF: PIFS/PRF/2-3/25/047")
                .line("SUBJECT: Pacific Resilience Facility")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .line("Losana Tuivaga")
                .line("Director, Programmes and Initiatives")
                .skip(1)
                .line(
                        "cc: Permanent Secretary for Finance, Ministry of Finance, Strategic Planning, National Development")
                .at(0.16, "and Statistics")
                .at(0.16, "Director, National Disaster Management Office")
                .at(0.16, "Fiji Council of Social Services");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Permanent Secretary for Finance, Ministry of Finance, Strategic Planning, National Development"
                                + " and Statistics",
                        "Director, National Disaster Management Office",
                        "Fiji Council of Social Services");
    }

    @Test
    void anOrdersAddresseeSetLevelWithTheSignatureIsTheRecipient() {
        assertThat(fields(orderAddressedBesideTheSignature())
                        .recipient()
                        .value()
                        .block())
                .isEqualTo("Country Director, Shanti Relief International, House 28, Road 11, Banani, Dhaka-1213.");
    }

    @Test
    void theSignatureBesideTheOrdersAddresseeIsTheRightColumn() {
        assertThat(fields(orderAddressedBesideTheSignature()).signatory().value())
                .isEqualTo(new Signatory("Md. Shahidul Islam", "Deputy Director"));
    }

    private static PageSketch orderAddressedBesideTheSignature() {
        return new PageSketch()
                .centred("Government of the People's Republic of Bangladesh")
                .centred("NGO Affairs Bureau")
                .centred("Prime Minister's Office")
                .skip(1)
                .beside("Memo No: 03.07.2666.600.27.015.23-451", 0.72, "Date: 13 September 2023")
                .skip(1)
                .line("Subject: Approval of the project titled \"Integrated WASH and Protection Support\"")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .beside("Country Director", 0.72, "(Md. Shahidul Islam)")
                .beside("Shanti Relief International", 0.72, "Deputy Director")
                .beside("House 28, Road 11, Banani", 0.72, "Phone: 02-41024412")
                .line("Dhaka-1213.")
                .skip(1)
                .line("Copy for kind information and necessary action:")
                .line("1. Deputy Commissioner, Cox's Bazar.")
                .line("2. Office copy.");
    }

    @Test
    void aDioceseNamedInTheLetterheadIsTheSender() {
        PageSketch p = new PageSketch()
                .type(30)
                .flushRight("Westbourne", 0.9)
                .type(60)
                .beside("Diocese of Killaloe", 0.8, "Ennis, Co. Clare")
                .type(30)
                .flushRight("V95 K7T2", 0.9)
                .beside("Office of the Diocesan Secretary · Deoise Chill Dalua", 0.78, "Tel: (065) 682 8638")
                .flushRight("secretary@killaloediocese.ie", 0.9)
                .type(50)
                .skip(2)
                .beside("Our Ref: KD/ED/2025/031", 0.78, "3rd March 2025")
                .skip(1)
                .line("Ms Siobhán Ní Bhriain")
                .line("Department of Education")
                .line("Athlone")
                .skip(1)
                .line("Dear Ms Ní Bhriain,")
                .skip(1)
                .line("Re: Proposed amalgamation of Scoil Mhuire, Kilbeg")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours sincerely,")
                .skip(1)
                .line("Fr Declan Moloney")
                .line("Diocesan Secretary");
        assertThat(fields(p).sender().value()).isEqualTo("Diocese of Killaloe");
    }

    private static PageSketch requestWithCopies(String copies) {
        return new PageSketch()
                .line("Association cultuelle de la Mosquée Al-Nour")
                .line("12, rue de Paris – 97400 Saint-Denis")
                .skip(2)
                .line("Réf. : ANR/CA/2021-036")
                .at(0.5, "Monsieur le Préfet de La Réunion")
                .at(0.5, "Place du Barachois")
                .at(0.5, "97405 Saint-Denis Cedex")
                .skip(1)
                .at(0.5, "Saint-Denis, le 22 février 2021")
                .skip(1)
                .line("Objet : Demande de subvention")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma très haute considération.")
                .skip(1)
                .at(0.5, "Le Président")
                .skip(1)
                .at(0.5, "Karim Ravate")
                .skip(1)
                .line(copies);
    }
}
