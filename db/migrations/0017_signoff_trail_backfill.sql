-- Contributors of existing items, from the audit trail: everyone who changed the content (answer,
-- not-applicable reason, custom title) or uploaded evidence since the item's last approval, or since
-- it was created when it was never approved. Written once here; verbs keep it current from now on.
UPDATE checklist_items i SET contributors = coalesce((
  SELECT array_agg(DISTINCT e.actor_id)
  FROM audit_events e
  WHERE e.actor_id IS NOT NULL
    AND ((e.action IN ('checklist-item.update', 'checklist-item.create') AND e.entity_type = 'checklist_item' AND e.entity_id = i.id::text)
      OR (e.action = 'evidence.upload' AND e.changes->>'itemId' = i.id::text))
    AND (e.action <> 'checklist-item.create' OR i.is_custom)
    AND e.occurred_at > coalesce((SELECT max(a.approved_at) FROM checklist_approvals a WHERE a.item_id = i.id), '-infinity'::timestamptz)
), '{}'::uuid[]);
--> statement-breakpoint
-- Mention notifications quoting a comment point at it, so retracting the comment can blank them.
UPDATE notifications n SET comment_id = (
  SELECT c.id FROM checklist_comments c
  WHERE c.item_id = n.item_id AND c.author_id = n.actor_id AND left(c.body, 280) = n.excerpt
  ORDER BY c.created_at DESC LIMIT 1
) WHERE n.kind = 'mentioned' AND n.comment_id IS NULL;
--> statement-breakpoint
-- Notifications already quoting a retracted comment stop quoting it.
UPDATE notifications n SET excerpt = 'This comment was retracted.'
FROM checklist_comments c WHERE c.id = n.comment_id AND c.retracted_at IS NOT NULL;
