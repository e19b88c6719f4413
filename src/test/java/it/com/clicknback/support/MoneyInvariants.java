package it.com.clicknback.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The money invariants of spec 07 §5, 08 §2 and 09 §2, checked in SQL on the database itself: the
 * one check every reliability drill ends with. A violation is a row that says what is wrong.
 *
 * <ul>
 *   <li>Every wallet equals its rows: pending = sum of its {@code pending} cashback rows; available
 *       = sum of its {@code available} cashback rows − its requested, processing and completed
 *       payouts; paid = its completed payouts. A user with rows and no wallet counts as zeros.
 *   <li>Every purchase has exactly one cashback row, of its user and amount (0.00 once reversed),
 *       whose status follows the purchase's: pending → pending; confirmed → available (pending when
 *       C = 0); rejected → reversed (pending when C = 0); reversed → reversed.
 *   <li>Every purchase was ingested once, confirmed at most once, rejected at most once, never
 *       both, reversed at most once, and its audit trail matches its status (a pending purchase has
 *       no outcome yet).
 *   <li>Every payout was requested once and processed at most once, exactly once when it is
 *       completed or failed.
 * </ul>
 *
 * Make test's database is shared by every IT, and some of them write wallets directly in SQL; so a
 * drill checks the users it made ({@link #violations(Collection)}), and a drill that owns its
 * database checks all of them ({@link #violationsEverywhere()}).
 */
public final class MoneyInvariants {

  private static final String SCOPE = "WITH scope AS (SELECT CAST(? AS uuid[]) AS ids) ";

  private static final String WALLETS =
      SCOPE
          + """
          , cb AS (SELECT user_id,
                coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0) AS pending,
                coalesce(sum(amount) FILTER (WHERE status = 'available'), 0) AS available
              FROM cashback_transactions GROUP BY user_id),
            po AS (SELECT user_id,
                coalesce(sum(amount) FILTER (WHERE status IN ('requested', 'processing',
                  'completed')), 0) AS taken,
                coalesce(sum(amount) FILTER (WHERE status = 'completed'), 0) AS paid
              FROM payouts GROUP BY user_id),
            owners AS (SELECT user_id FROM wallets UNION SELECT user_id FROM cashback_transactions
              UNION SELECT user_id FROM payouts)
          SELECT format('wallet of %s: pending %s (rows %s), available %s (rows %s - payouts %s),'
                   || ' paid %s (completed payouts %s)', o.user_id,
                 coalesce(w.pending_balance, 0), coalesce(cb.pending, 0),
                 coalesce(w.available_balance, 0), coalesce(cb.available, 0),
                 coalesce(po.taken, 0), coalesce(w.paid_balance, 0), coalesce(po.paid, 0))
          FROM owners o CROSS JOIN scope s
          LEFT JOIN wallets w ON w.user_id = o.user_id
          LEFT JOIN cb ON cb.user_id = o.user_id
          LEFT JOIN po ON po.user_id = o.user_id
          WHERE (s.ids IS NULL OR o.user_id = ANY (s.ids))
            AND (coalesce(w.pending_balance, 0) <> coalesce(cb.pending, 0)
              OR coalesce(w.available_balance, 0)
                   <> coalesce(cb.available, 0) - coalesce(po.taken, 0)
              OR coalesce(w.paid_balance, 0) <> coalesce(po.paid, 0))
          """;

  private static final String CASHBACK_ROWS =
      SCOPE
          + """
          , counted AS (SELECT purchase_id, count(*) AS n FROM cashback_transactions
              GROUP BY purchase_id)
          SELECT format('purchase %s (%s, cashback %s): %s cashback row(s), status %s, amount %s',
                 p.id, p.status, p.cashback_amount, coalesce(n.n, 0), c.status, c.amount)
          FROM purchases p CROSS JOIN scope s
          LEFT JOIN counted n ON n.purchase_id = p.id
          LEFT JOIN cashback_transactions c ON c.purchase_id = p.id
          WHERE (s.ids IS NULL OR p.user_id = ANY (s.ids))
            AND (c.id IS NULL OR n.n <> 1 OR c.user_id <> p.user_id
              OR (p.status <> 'reversed' AND c.amount <> p.cashback_amount)
              OR (p.status = 'reversed' AND p.cashback_amount <> 0)
              OR c.status IS DISTINCT FROM CASE
                   WHEN p.status = 'pending' THEN 'pending'
                   WHEN p.status = 'confirmed' AND c.amount > 0 THEN 'available'
                   WHEN p.status = 'confirmed' THEN 'pending'
                   WHEN p.status = 'rejected' AND c.amount > 0 THEN 'reversed'
                   WHEN p.status = 'rejected' THEN 'pending'
                   WHEN p.status = 'reversed' THEN 'reversed' END)
          """;

  private static final String PURCHASE_AUDIT =
      SCOPE
          + """
          , trail AS (SELECT resource_id,
                count(*) FILTER (WHERE action = 'PURCHASE_INGESTED') AS ingested,
                count(*) FILTER (WHERE action = 'PURCHASE_CONFIRMED') AS confirmed,
                count(*) FILTER (WHERE action = 'PURCHASE_REJECTED') AS rejected,
                count(*) FILTER (WHERE action = 'PURCHASE_REVERSED') AS reversed
              FROM audit_logs WHERE resource_type = 'purchase' GROUP BY resource_id)
          SELECT format('purchase %s (%s): audit ingested %s, confirmed %s, rejected %s,'
                   || ' reversed %s', p.id, p.status, coalesce(t.ingested, 0),
                 coalesce(t.confirmed, 0), coalesce(t.rejected, 0), coalesce(t.reversed, 0))
          FROM purchases p CROSS JOIN scope s
          LEFT JOIN trail t ON t.resource_id = p.id::text
          WHERE (s.ids IS NULL OR p.user_id = ANY (s.ids))
            AND (coalesce(t.ingested, 0) <> 1
              OR coalesce(t.confirmed, 0) + coalesce(t.rejected, 0) > 1
              OR coalesce(t.reversed, 0) > 1
              OR (p.status = 'pending'
                AND coalesce(t.confirmed, 0) + coalesce(t.rejected, 0) + coalesce(t.reversed, 0) > 0)
              OR (p.status = 'confirmed' AND (t.confirmed <> 1 OR t.reversed <> 0))
              OR (p.status = 'rejected' AND (t.rejected <> 1 OR t.reversed <> 0))
              OR (p.status = 'reversed' AND t.reversed <> 1))
          """;

  private static final String PAYOUT_AUDIT =
      SCOPE
          + """
          , trail AS (SELECT resource_id,
                count(*) FILTER (WHERE action = 'WITHDRAWAL_REQUESTED') AS requested,
                count(*) FILTER (WHERE action = 'WITHDRAWAL_PROCESSED') AS processed
              FROM audit_logs WHERE resource_type = 'payout' GROUP BY resource_id)
          SELECT format('payout %s (%s, %s): audit requested %s, processed %s', p.id, p.status,
                 p.amount, coalesce(t.requested, 0), coalesce(t.processed, 0))
          FROM payouts p CROSS JOIN scope s
          LEFT JOIN trail t ON t.resource_id = p.id::text
          WHERE (s.ids IS NULL OR p.user_id = ANY (s.ids))
            AND (coalesce(t.requested, 0) <> 1
              OR coalesce(t.processed, 0)
                   <> CASE WHEN p.status IN ('completed', 'failed') THEN 1 ELSE 0 END)
          """;

  private MoneyInvariants() {}

  /** What is wrong for these users (empty when every invariant holds). */
  public static List<String> violations(Collection<String> userIds) throws SQLException {
    return check("{" + String.join(",", userIds) + "}");
  }

  /** What is wrong anywhere in the database (for drills that own their database). */
  public static List<String> violationsEverywhere() throws SQLException {
    return check(null);
  }

  /** Fails, listing the first violations, unless every invariant holds for these users. */
  public static void assertHold(Collection<String> userIds) throws SQLException {
    assertThat(violations(userIds)).as("money invariants for %d users", userIds.size()).isEmpty();
  }

  /** Fails unless every invariant holds for every user of the database. */
  public static void assertHoldEverywhere() throws SQLException {
    assertThat(violationsEverywhere()).as("money invariants, whole database").isEmpty();
  }

  private static List<String> check(String userIdArray) throws SQLException {
    List<String> violations = new ArrayList<>();
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"))) {
      for (String sql : List.of(WALLETS, CASHBACK_ROWS, PURCHASE_AUDIT, PAYOUT_AUDIT)) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
          if (userIdArray == null) {
            query.setNull(1, Types.VARCHAR);
          } else {
            query.setString(1, userIdArray);
          }
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next() && violations.size() < 50) {
              violations.add(rows.getString(1));
            }
          }
        }
      }
    }
    return violations;
  }
}
