-- V81 sealed every contact's and leader's phone number into phone_enc; the plain copy goes.
alter table unit_person drop column phone;
