-- currentPlans: plans being carried out (ISSUED) that reach the actor's subtree, the latest first.
select p.id, p.title, p.doc_number, p.issued_on, p.status, p.issuer_unit_id
  from plan p
 where p.status = 'ISSUED'
   and (p.issuer_path like :scope || '%'
        or exists (select 1 from assignment a where a.plan_id = p.id and a.unit_path like :scope || '%'))
 order by p.issued_on desc nulls last, p.id desc
 limit :limit
