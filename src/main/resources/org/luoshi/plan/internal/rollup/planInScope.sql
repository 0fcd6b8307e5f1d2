-- planInScope: an issued plan the actor's subtree may see: issued from within it, or issued down into it.
select p.id, p.title, p.doc_number, p.issued_on, p.status, p.issuer_unit_id
  from plan p
 where p.id = :planId
   and p.status <> 'DRAFT'
   and (p.issuer_path like :scope || '%'
        or exists (select 1 from assignment a where a.plan_id = p.id and a.unit_path like :scope || '%'))
