package com.atlassian.sal.api.transaction;

/** Host-API declaration (sal-api): work run inside a transaction. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
