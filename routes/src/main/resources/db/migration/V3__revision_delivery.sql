-- Reviewers' decisions go downstream like first records (the review issue, item 5). A revision that must be sent
-- (an approval or a rejection) is PENDING until it is in the outbox and handed to every endpoint, then DONE; a
-- revision with nothing to send (revision 1, which the letter route sends itself, and a reviewer's draft
-- correction) has no delivery state. PENDING revisions are sent again when the service starts.
ALTER TABLE courrier_revision ADD COLUMN delivery VARCHAR(16);
ALTER TABLE courrier_revision ADD COLUMN delivered_at TIMESTAMP;

CREATE INDEX courrier_revision_delivery ON courrier_revision (delivery);
