package com.clicknback.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link User}s. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  public Optional<User> findById(UUID id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  /** Exact, case-sensitive match on the stored (normalised) email. */
  public Optional<User> findByEmail(String email) {
    return em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** Inserts now, so a unique-constraint violation surfaces here rather than at commit. */
  public void insert(User user) {
    em.persist(user);
    em.flush();
  }
}
